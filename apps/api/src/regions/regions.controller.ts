import { Controller } from '@nestjs/common';
import { createRegion, getRegion, listRegions, updateRegion, type OperationInput } from '@leerkring/domain';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { RegionsService } from './regions.service.js';

@Controller()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Endpoint(listRegions)
  list(@ValidInput() { query }: OperationInput<typeof listRegions>) {
    return this.regions.list(query);
  }

  @Endpoint(getRegion)
  get(@ValidInput() { params }: OperationInput<typeof getRegion>) {
    return this.regions.get(params.regionId);
  }

  @Endpoint(createRegion)
  create(@ValidInput() { body }: OperationInput<typeof createRegion>) {
    return this.regions.create(body);
  }

  @Endpoint(updateRegion)
  update(@ValidInput() { params, body }: OperationInput<typeof updateRegion>) {
    return this.regions.update(params.regionId, body);
  }
}
