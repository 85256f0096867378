import { Controller } from '@nestjs/common';
import { getOpenApiDocument } from '@leerkring/domain';
import { Endpoint } from '../common/http/operation.decorator.js';
import { OpenApiService } from './openapi.service.js';

@Controller()
export class OpenApiController {
  constructor(private readonly openApi: OpenApiService) {}

  @Endpoint(getOpenApiDocument)
  get() {
    return this.openApi.get();
  }
}
