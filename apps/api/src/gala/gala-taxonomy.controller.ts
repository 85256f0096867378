import { Controller } from '@nestjs/common';
import {
  createGalaTaxonomyItem,
  listGalaTaxonomy,
  updateGalaTaxonomyItem,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaTaxonomyService } from './gala-taxonomy.service.js';

@Controller()
export class GalaTaxonomyController {
  constructor(private readonly taxonomy: GalaTaxonomyService) {}

  @Endpoint(listGalaTaxonomy)
  list(@ValidInput() { params }: OperationInput<typeof listGalaTaxonomy>) {
    return this.taxonomy.list(params.kind);
  }

  @Endpoint(createGalaTaxonomyItem)
  create(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof createGalaTaxonomyItem>) {
    return this.taxonomy.create(actor, params.kind, body);
  }

  @Endpoint(updateGalaTaxonomyItem)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateGalaTaxonomyItem>) {
    return this.taxonomy.update(actor, params.kind, params.code, body);
  }
}
