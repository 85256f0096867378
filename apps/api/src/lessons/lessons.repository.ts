import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { LessonEntity } from './lesson.entity.js';

/** Lessons as other features read them (agreements cite them in their clauses). */
@Injectable()
export class LessonsRepository {
  findById(manager: EntityManager, id: string): Promise<LessonEntity | null> {
    return manager.getRepository(LessonEntity).findOneBy({ id });
  }

  /** The lessons of these ids that exist. */
  findByIds(manager: EntityManager, ids: readonly string[]): Promise<LessonEntity[]> {
    return manager.getRepository(LessonEntity).findBy({ id: In([...ids]) });
  }

  /** The ids of the lessons drawn from a case. */
  async idsAboutCase(manager: EntityManager, caseId: string): Promise<string[]> {
    const lessons = await manager
      .getRepository(LessonEntity)
      .createQueryBuilder('lesson')
      .select(['lesson.id'])
      .where('lesson.caseIds LIKE :caseId', { caseId: `%"${caseId}"%` })
      .getMany();
    return lessons.map((lesson) => lesson.id);
  }
}
