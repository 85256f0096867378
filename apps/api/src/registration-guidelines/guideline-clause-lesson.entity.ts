import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CaseField } from '@leerkring/domain';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { RegistrationGuidelineEntity } from './registration-guideline.entity.js';

/**
 * A lesson that led to one clause of a guideline version (the clause is the version's rule for one case field). The
 * leerlijn both ways: from a clause to its lessons, and from a lesson to the clauses it changed.
 */
@Entity({ name: 'registration_guideline_clause_lesson' })
@Index(['lessonId'])
export class GuidelineClauseLessonEntity {
  @PrimaryColumn({ type: 'varchar', name: 'guideline_id' })
  guidelineId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  field: CaseField;

  @PrimaryColumn({ type: 'varchar', name: 'lesson_id' })
  lessonId: string;

  @ManyToOne(() => RegistrationGuidelineEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guideline_id' })
  guideline: Relation<RegistrationGuidelineEntity>;

  @ManyToOne(() => LessonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id' })
  lesson: Relation<LessonEntity>;

  /** The order in which the clause names its lessons. */
  @Column({ type: 'integer' })
  position: number;
}
