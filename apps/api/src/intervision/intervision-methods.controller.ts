import { Controller } from '@nestjs/common';
import {
  createIntervisionMethod,
  getIntervisionMethod,
  listIntervisionMethods,
  updateIntervisionMethod,
  type OperationInput,
} from '@leerkring/domain';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { IntervisionMethodsService } from './intervision-methods.service.js';

@Controller()
export class IntervisionMethodsController {
  constructor(private readonly methods: IntervisionMethodsService) {}

  @Endpoint(listIntervisionMethods)
  list() {
    return this.methods.list();
  }

  @Endpoint(getIntervisionMethod)
  get(@ValidInput() { params }: OperationInput<typeof getIntervisionMethod>) {
    return this.methods.get(params.methodId);
  }

  @Endpoint(createIntervisionMethod)
  create(@ValidInput() { body }: OperationInput<typeof createIntervisionMethod>) {
    return this.methods.create(body);
  }

  @Endpoint(updateIntervisionMethod)
  update(@ValidInput() { params, body }: OperationInput<typeof updateIntervisionMethod>) {
    return this.methods.update(params.methodId, body);
  }
}
