import { Controller } from '@nestjs/common';
import { createPerson, getPerson, listPeople, updatePerson, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { PeopleService } from './people.service.js';

@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Endpoint(listPeople)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listPeople>) {
    return this.people.list(actor, query);
  }

  @Endpoint(getPerson)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getPerson>) {
    return this.people.get(actor, params.personId);
  }

  @Endpoint(createPerson)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createPerson>) {
    return this.people.create(actor, body);
  }

  @Endpoint(updatePerson)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updatePerson>) {
    return this.people.update(actor, params.personId, body);
  }
}
