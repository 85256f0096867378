import { Controller } from '@nestjs/common';
import {
  addLearningGroupMember,
  createLearningGroup,
  getLearningGroup,
  listLearningGroups,
  removeLearningGroupMember,
  updateLearningGroup,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { LearningGroupMembersService } from './learning-group-members.service.js';
import { LearningGroupsService } from './learning-groups.service.js';

@Controller()
export class LearningGroupsController {
  constructor(
    private readonly learningGroups: LearningGroupsService,
    private readonly members: LearningGroupMembersService,
  ) {}

  @Endpoint(listLearningGroups)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listLearningGroups>) {
    return this.learningGroups.list(actor.principal, query);
  }

  @Endpoint(getLearningGroup)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getLearningGroup>) {
    return this.learningGroups.get(actor.principal, params.learningGroupId);
  }

  @Endpoint(createLearningGroup)
  create(@ValidInput() { body }: OperationInput<typeof createLearningGroup>) {
    return this.learningGroups.create(body);
  }

  @Endpoint(updateLearningGroup)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateLearningGroup>) {
    return this.learningGroups.update(actor.principal, params.learningGroupId, body);
  }

  @Endpoint(addLearningGroupMember)
  addMember(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof addLearningGroupMember>,
  ) {
    return this.members.add(actor, params.learningGroupId, body);
  }

  @Endpoint(removeLearningGroupMember)
  removeMember(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof removeLearningGroupMember>,
  ) {
    return this.members.remove(actor, params.learningGroupId, params.membershipId);
  }
}
