import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** What an aggregate over bouwteam records (cases, lessons, obstacles) may be narrowed to. */
export interface RecordFilters {
  buildingTeamId?: string;
  /** The municipalities of a region: records of bouwteams in one of them. */
  municipalityIds?: readonly string[];
  /** Recorded on or after this calendar date (UTC). */
  from?: string;
  /** Recorded on or before this calendar date (UTC). */
  to?: string;
}

/**
 * Narrows a query of records that belong to a bouwteam (`alias.buildingTeam`, `alias.createdAt`) to the filters. An
 * empty list of municipalities matches nothing.
 */
export function applyRecordFilters<T extends ObjectLiteral>({
  builder,
  alias,
  manager,
  filters,
}: {
  builder: SelectQueryBuilder<T>;
  alias: string;
  manager: EntityManager;
  filters: RecordFilters;
}): SelectQueryBuilder<T> {
  if (filters.buildingTeamId) {
    builder.andWhere(`${alias}.buildingTeamId = :${alias}_team`, { [`${alias}_team`]: filters.buildingTeamId });
  }
  if (filters.municipalityIds) {
    if (filters.municipalityIds.length === 0) return builder.andWhere('1 = 0');
    builder
      .innerJoin(`${alias}.buildingTeam`, `${alias}_in_region`)
      .andWhere(`${alias}_in_region.municipality IN (:...${alias}_municipalities)`, {
        [`${alias}_municipalities`]: [...filters.municipalityIds],
      });
  }
  if (filters.from) {
    builder.andWhere(`${alias}.createdAt >= :${alias}_from`, {
      [`${alias}_from`]: moment(manager, `${filters.from}T00:00:00.000Z`),
    });
  }
  if (filters.to) {
    const dayAfter = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 24 * 3600 * 1000).toISOString();
    builder.andWhere(`${alias}.createdAt < :${alias}_to`, { [`${alias}_to`]: moment(manager, dayAfter) });
  }
  return builder;
}

/** SQLite keeps moments as TypeORM's UTC text ('YYYY-MM-DD HH:MM:SS.SSS'); compare in that form there. */
function moment(manager: EntityManager, iso: string): Date | string {
  const date = new Date(iso);
  return manager.connection.options.type === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');
}
