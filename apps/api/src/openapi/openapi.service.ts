import { Injectable } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi-document.js';

/** The OpenAPI document, built once from the operations. */
@Injectable()
export class OpenApiService {
  private readonly document = buildOpenApiDocument();

  get(): ReturnType<typeof buildOpenApiDocument> {
    return this.document;
  }
}
