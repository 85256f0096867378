import { Controller } from '@nestjs/common';
import {
  createLesson,
  createSystemObstacle,
  getLesson,
  listLessons,
  listSystemObstacles,
  updateLesson,
  updateSystemObstacle,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { LessonsService } from './lessons.service.js';
import { SystemObstaclesService } from './system-obstacles.service.js';

@Controller()
export class LessonsController {
  constructor(
    private readonly lessons: LessonsService,
    private readonly obstacles: SystemObstaclesService,
  ) {}

  @Endpoint(listLessons)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listLessons>) {
    return this.lessons.list(actor, query);
  }

  @Endpoint(getLesson)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getLesson>) {
    return this.lessons.get(actor, params.lessonId);
  }

  @Endpoint(createLesson)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createLesson>) {
    return this.lessons.create(actor, body);
  }

  @Endpoint(updateLesson)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateLesson>) {
    return this.lessons.update(actor, params.lessonId, body);
  }

  @Endpoint(listSystemObstacles)
  listObstacles(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listSystemObstacles>) {
    return this.obstacles.list(actor, query);
  }

  @Endpoint(createSystemObstacle)
  createObstacle(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createSystemObstacle>) {
    return this.obstacles.create(actor, body);
  }

  @Endpoint(updateSystemObstacle)
  updateObstacle(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateSystemObstacle>,
  ) {
    return this.obstacles.update(actor, params.obstacleId, body);
  }
}
