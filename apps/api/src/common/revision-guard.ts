import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** A row that guards concurrent edits with a revision, and says who changed it last and when. */
export interface RevisedRow extends ObjectLiteral {
  id: string;
  revision: number;
  updatedById: string;
  updatedAt: Date;
}

/**
 * `UPDATE … SET …, revision = expected + 1 WHERE id = :id AND revision = :expected`: the revision check is part of the
 * statement, so of any number of concurrent updates based on one revision exactly one changes the row. False when none
 * did (someone else came first, or the row is gone). For every record guarded by ETag / If-Match.
 */
export async function updateAtRevision<Row extends RevisedRow>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  {
    id,
    expected,
    changes,
    updatedById,
    updatedAt,
  }: { id: string; expected: number; changes: QueryDeepPartialEntity<Row>; updatedById: string; updatedAt: Date },
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, revision: expected + 1, updatedById, updatedAt } as QueryDeepPartialEntity<Row>)
    .where('id = :id AND revision = :expected', { id, expected })
    .execute();
  return result.affected === 1;
}
