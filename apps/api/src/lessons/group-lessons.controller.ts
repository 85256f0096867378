import { Controller } from '@nestjs/common';
import {
  createLearningGroupLesson,
  listLearningGroupLessons,
  shareLesson,
  withdrawGroupLesson,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GroupLessonsService } from './group-lessons.service.js';

@Controller()
export class GroupLessonsController {
  constructor(private readonly groupLessons: GroupLessonsService) {}

  @Endpoint(listLearningGroupLessons)
  list(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listLearningGroupLessons>) {
    return this.groupLessons.list(actor, params.learningGroupId);
  }

  @Endpoint(createLearningGroupLesson)
  create(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createLearningGroupLesson>,
  ) {
    return this.groupLessons.create(actor, params.learningGroupId, body);
  }

  @Endpoint(shareLesson)
  share(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof shareLesson>) {
    return this.groupLessons.share(actor, params.lessonId, body);
  }

  @Endpoint(withdrawGroupLesson)
  withdraw(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof withdrawGroupLesson>) {
    return this.groupLessons.withdraw(actor, params.groupLessonId);
  }
}
