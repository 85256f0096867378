import { Controller } from '@nestjs/common';
import { getRegion, listRegions, type OperationInput } from '@leerkring/domain';
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
}
