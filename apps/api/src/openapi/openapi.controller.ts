import { Controller, Module } from '@nestjs/common';
import { getOpenApiDocument } from '@leerkring/domain';
import { Endpoint } from '../common/http/operation.decorator.js';
import { buildOpenApiDocument } from './openapi-document.js';

@Controller()
export class OpenApiController {
  private readonly document = buildOpenApiDocument();

  @Endpoint(getOpenApiDocument)
  get() {
    return this.document;
  }
}

@Module({ controllers: [OpenApiController] })
export class OpenApiModule {}
