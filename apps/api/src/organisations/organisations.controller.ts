import { Controller } from '@nestjs/common';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
  type OperationInput,
} from '@leerkring/domain';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { OrganisationsService } from './organisations.service.js';

@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Endpoint(listOrganisations)
  list(@ValidInput() { query }: OperationInput<typeof listOrganisations>) {
    return this.organisations.list(query);
  }

  @Endpoint(getOrganisation)
  get(@ValidInput() { params }: OperationInput<typeof getOrganisation>) {
    return this.organisations.get(params.organisationId);
  }

  @Endpoint(createOrganisation)
  create(@ValidInput() { body }: OperationInput<typeof createOrganisation>) {
    return this.organisations.create(body);
  }

  @Endpoint(updateOrganisation)
  update(@ValidInput() { params, body }: OperationInput<typeof updateOrganisation>) {
    return this.organisations.update(params.organisationId, body);
  }
}
