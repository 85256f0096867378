import { Controller } from '@nestjs/common';
import { importGalaPlans, previewGalaImport, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaImportService } from './gala-import.service.js';

@Controller()
export class GalaImportController {
  constructor(private readonly imports: GalaImportService) {}

  @Endpoint(previewGalaImport)
  preview(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof previewGalaImport>) {
    return this.imports.preview(actor, params.regionId, body);
  }

  @Endpoint(importGalaPlans)
  import(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof importGalaPlans>) {
    return this.imports.import(actor, params.regionId, body);
  }
}
