import { Module } from '@nestjs/common';
import { OpenApiController } from './openapi.controller.js';
import { OpenApiService } from './openapi.service.js';

/** The OpenAPI document of every operation. */
@Module({ controllers: [OpenApiController], providers: [OpenApiService] })
export class OpenApiModule {}
