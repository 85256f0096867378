import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { GroupLessonEntity } from './group-lesson.entity.js';

const relations = { learningGroup: true, sharedFromTeam: true, sharedBy: true, recordedBy: true } as const;

export type NewGroupLesson = Pick<
  GroupLessonEntity,
  | 'learningGroupId'
  | 'text'
  | 'sessionIds'
  | 'dimensions'
  | 'theme'
  | 'sharedFromLessonId'
  | 'sharedFromTeamId'
  | 'sharedById'
  | 'recordedById'
>;

/** Every query of a learning group's lessons; a withdrawn copy is found by none but `find`. */
@Injectable()
export class GroupLessonsRepository {
  /** The group's lessons not withdrawn, newest first. */
  ofGroup(manager: EntityManager, learningGroupId: string): Promise<GroupLessonEntity[]> {
    return manager.getRepository(GroupLessonEntity).find({
      where: { learningGroupId, withdrawnAt: IsNull() },
      relations,
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** A lesson of a group that is not withdrawn, with its group and people. */
  find(manager: EntityManager, id: string): Promise<GroupLessonEntity | null> {
    return manager.getRepository(GroupLessonEntity).findOne({ where: { id, withdrawnAt: IsNull() }, relations });
  }

  get(manager: EntityManager, id: string): Promise<GroupLessonEntity> {
    return manager.getRepository(GroupLessonEntity).findOneOrFail({ where: { id }, relations });
  }

  /** Whether this bouwteam lesson is in the group now (shared and not withdrawn). */
  isShared(manager: EntityManager, lessonId: string, learningGroupId: string): Promise<boolean> {
    return manager
      .getRepository(GroupLessonEntity)
      .existsBy({ sharedFromLessonId: lessonId, learningGroupId, withdrawnAt: IsNull() });
  }

  async insert(manager: EntityManager, lesson: NewGroupLesson): Promise<string> {
    const lessons = manager.getRepository(GroupLessonEntity);
    const { id } = await lessons.save(lessons.create({ ...lesson, withdrawnAt: null }));
    return id;
  }

  async withdraw(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(GroupLessonEntity).update({ id }, { withdrawnAt: at, updatedAt: at });
  }
}
