import { Injectable } from '@nestjs/common';
import {
  boundedPageMeta,
  countBound,
  decodeCursor,
  encodeCursor,
  pageWindow,
  type CaseListQuery,
  type Page,
  type Principal,
} from '@leerkring/domain';
import {
  EntityNotFoundError,
  In,
  type DeepPartial,
  type EntityManager,
  type QueryDeepPartialEntity,
  type SelectQueryBuilder,
} from 'typeorm';
import { applyRecordFilters, type RecordFilters } from '../common/record-filters.js';
import { scopeToContexts } from '../common/scope.js';
import { ftsMatchOf, highlightEnd, highlightStart, isPostgres, tsQueryOf } from '../common/text-search.js';
import { CaseChangeEntity } from './case-change.entity.js';
import { CaseEntity } from './case.entity.js';

/** What a page of cases holds besides the page: the narrative fragments of a search, per case id. */
export interface CasePage extends Page<CaseEntity> {
  highlights?: Record<string, string>;
}

interface ListArguments {
  principal: Principal;
  query: CaseListQuery;
  /** The bouwteams whose narratives the principal may read: only there does a search look into the narrative. */
  narrativeTeams: string[];
}

/**
 * PostgreSQL's text search over a case: the title alone (what everyone may search), and title with narrative. Both
 * expressions are those of the GIN indexes in migration 17966…-CaseListAndSearch; keep them identical.
 */
const titleVector = `to_tsvector('dutch', "case"."title")`;
const fullVector = `to_tsvector('dutch', "case"."title" || ' ' || coalesce("case"."narrative", ''))`;
const tsQuery = `to_tsquery('dutch', :tsQuery)`;

export type InsightCaseRow = Pick<
  CaseEntity,
  | 'id'
  | 'presentingDimensions'
  | 'underlyingDimensions'
  | 'lifeDomains'
  | 'underlyingLifeDomains'
  | 'professionalsInvolved'
  | 'legalFrameworks'
  | 'status'
>;

/** Every query of the cases feature: cases and their change history. */
@Injectable()
export class CasesRepository {
  /**
   * One page of the cases the principal may read, newest first (a search: best match first). The page's ids come
   * from one query on `case_record` alone, served by an index on (bouwteam, created desc, id desc); then the rows of
   * those ids with their references. The total is counted without joins, exactly up to `countBound`.
   */
  async findVisiblePage(manager: EntityManager, list: ListArguments): Promise<CasePage> {
    const { query } = list;
    const { offset, limit } = pageWindow(query);
    const after = query.after ? decodeCursor(query.after) : null;
    const ids = this.filtered(manager, list).select('case.id', 'id');
    if (query.search) this.orderByRank(manager, ids, list);
    else {
      ids.addSelect(cursorMoment(manager), 'at').orderBy('case.createdAt', 'DESC').addOrderBy('case.id', 'DESC');
      if (after)
        ids.andWhere('(case.createdAt <= :afterAt AND (case.createdAt < :afterAt OR case.id < :afterId))', {
          afterAt: after.at,
          afterId: after.id,
        });
    }
    ids.offset(after ? 0 : offset).limit(limit + 1);
    const [found, counted] = await Promise.all([
      ids.getRawMany<{ id: string; at?: string }>(),
      this.countUpToBound(manager, list),
    ]);
    const pageIds = found.slice(0, limit).map((row) => row.id);
    const last = found.length > limit ? found[limit - 1] : undefined;
    const items = await this.findMany(manager, pageIds);
    const meta = boundedPageMeta({ page: query.page, pageSize: query.pageSize, counted });
    if (!query.search) meta.nextCursor = last?.at ? encodeCursor({ at: last.at, id: last.id }) : null;
    const page: CasePage = { items, meta };
    if (query.search) {
      const readable = items.filter((item) => list.narrativeTeams.includes(item.buildingTeamId)).map((item) => item.id);
      page.highlights = await this.highlights(manager, readable, query.search);
    }
    return page;
  }

  /** The scoped, filtered cases: `case_record` alone, no joins, no order. */
  private filtered(
    manager: EntityManager,
    { principal, query, narrativeTeams }: ListArguments,
  ): SelectQueryBuilder<CaseEntity> {
    const builder = manager.getRepository(CaseEntity).createQueryBuilder('case');
    scopeToContexts({
      builder,
      column: 'case.buildingTeamId',
      principal,
      permission: 'case:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('case.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.status) builder.andWhere('case.status = :status', { status: query.status });
    const postgres = isPostgres(manager);
    // The lists of codes are JSON text; on PostgreSQL a GIN index over them as jsonb answers "contains".
    if (query.lifeDomain) {
      if (postgres)
        builder.andWhere(`("case"."life_domains")::jsonb @> :lifeDomain::jsonb`, {
          lifeDomain: JSON.stringify([query.lifeDomain]),
        });
      else builder.andWhere('case.lifeDomains LIKE :lifeDomain', { lifeDomain: `%"${query.lifeDomain}"%` });
    }
    if (query.legalFramework) {
      if (postgres)
        builder.andWhere(`("case"."legal_frameworks")::jsonb @> :legalFramework::jsonb`, {
          legalFramework: JSON.stringify([query.legalFramework]),
        });
      else
        builder.andWhere('case.legalFrameworks LIKE :legalFramework', {
          legalFramework: `%"${query.legalFramework}"%`,
        });
    }
    if (query.search) {
      // Titles and narratives are free text: a search matches only in the bouwteams whose case content the caller may
      // read (a manager's search matches nothing), so a match never tells what a text one may not read says.
      if (narrativeTeams.length === 0) builder.andWhere('1 = 0');
      else if (postgres) {
        builder.andWhere(`(case.buildingTeamId IN (:...narrativeTeams) AND ${fullVector} @@ ${tsQuery})`, {
          tsQuery: tsQueryOf(query.search),
          narrativeTeams,
        });
      } else {
        builder.andWhere(
          `(case.buildingTeamId IN (:...narrativeTeams) AND "case".rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH :fullMatch))`,
          { fullMatch: ftsMatchOf(query.search), narrativeTeams },
        );
      }
    }
    return builder;
  }

  /** Best match first: PostgreSQL `ts_rank` (title weighed above narrative), SQLite FTS5 `bm25` (idem). */
  private orderByRank(manager: EntityManager, builder: SelectQueryBuilder<CaseEntity>, list: ListArguments): void {
    // Only cases of `narrativeTeams` match at all (see `filtered`); without any there is nothing to rank.
    let rank = '0';
    if (list.narrativeTeams.length > 0) {
      if (isPostgres(manager)) {
        const narrative = `setweight(to_tsvector('dutch', coalesce("case"."narrative", '')), 'B')`;
        rank = `-ts_rank(setweight(${titleVector}, 'A') || ${narrative}, ${tsQuery})`;
      } else {
        // bm25 is lower for a better match; the title's weight is ten times the narrative's.
        rank = `(SELECT bm25(case_search, 10.0, 1.0) FROM case_search WHERE case_search MATCH :fullMatch AND rowid = "case".rowid)`;
      }
    }
    builder
      .addSelect(rank, 'rank')
      .orderBy('rank', 'ASC')
      .addOrderBy('case.createdAt', 'DESC')
      .addOrderBy('case.id', 'DESC');
  }

  /** How many cases match, exactly up to `countBound` and `countBound + 1` above it; no joins, no order. */
  private async countUpToBound(manager: EntityManager, list: ListArguments): Promise<number> {
    const [sql, parameters] = this.filtered(manager, list)
      .select('1', 'one')
      .limit(countBound + 1)
      .getQueryAndParameters();
    const [row] = await manager.query<{ counted: number | string }[]>(
      `SELECT COUNT(*) AS counted FROM (${sql}) matched`,
      parameters,
    );
    return Number(row?.counted ?? 0);
  }

  /** Fragments of the narratives of these cases around the words searched for, the matches marked. */
  private async highlights(manager: EntityManager, ids: string[], search: string): Promise<Record<string, string>> {
    if (ids.length === 0) return {};
    const rows: { id: string; fragment: string | null }[] = isPostgres(manager)
      ? await manager.query(
          `SELECT id, ts_headline('dutch', narrative, to_tsquery('dutch', $1), $2) AS fragment
           FROM case_record WHERE id = ANY($3::uuid[]) AND narrative IS NOT NULL`,
          [
            tsQueryOf(search),
            `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`,
            ids,
          ],
        )
      : await manager.query(
          `SELECT case_record.id AS id, snippet(case_search, 1, ?, ?, ' … ', 16) AS fragment
           FROM case_search JOIN case_record ON case_record.rowid = case_search.rowid
           WHERE case_search MATCH ? AND case_record.id IN (${ids.map(() => '?').join(', ')})`,
          [highlightStart, highlightEnd, ftsMatchOf(search), ...ids],
        );
    const found: Record<string, string> = {};
    for (const row of rows) if (row.fragment?.includes(highlightStart)) found[row.id] = row.fragment;
    return found;
  }

  /** The cases of these ids, in this order, with the id and name of every reference (no other column of them). */
  private async findMany(manager: EntityManager, ids: string[]): Promise<CaseEntity[]> {
    if (ids.length === 0) return [];
    const rows = await withReferences(manager.getRepository(CaseEntity).createQueryBuilder('case'))
      .where('case.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A case with the id and name of its bouwteam, who brought it in, their organisation and the case director's. */
  find(manager: EntityManager, id: string): Promise<CaseEntity | null> {
    return withReferences(manager.getRepository(CaseEntity).createQueryBuilder('case'))
      .where('case.id = :id', { id })
      .getOne();
  }

  async findOrFail(manager: EntityManager, id: string): Promise<CaseEntity> {
    const found = await this.find(manager, id);
    if (!found) throw new EntityNotFoundError(CaseEntity, { id });
    return found;
  }

  async insert(manager: EntityManager, values: DeepPartial<CaseEntity>): Promise<string> {
    const cases = manager.getRepository(CaseEntity);
    const { id } = await cases.save(cases.create(values));
    return id;
  }

  async update(manager: EntityManager, id: string, values: QueryDeepPartialEntity<CaseEntity>): Promise<void> {
    await manager.getRepository(CaseEntity).update({ id }, values);
  }

  async insertChange(manager: EntityManager, change: Omit<CaseChangeEntity, 'id' | 'changedBy'>): Promise<void> {
    await manager.getRepository(CaseChangeEntity).insert(change);
  }

  /** A case's changes, oldest first, with who made each. */
  findChanges(manager: EntityManager, caseId: string): Promise<CaseChangeEntity[]> {
    return manager
      .getRepository(CaseChangeEntity)
      .find({ where: { caseId }, relations: { changedBy: true }, order: { changedAt: 'ASC' } });
  }

  /** Whether every one of these cases belongs to the bouwteam (none given: yes). */
  async allOfTeam(manager: EntityManager, buildingTeamId: string, caseIds: readonly string[]): Promise<boolean> {
    const unique = [...new Set(caseIds)];
    if (unique.length === 0) return true;
    return (await this.countInBuildingTeam(manager, unique, buildingTeamId)) === unique.length;
  }

  /** The coded fields of the cases the principal may see insight into, narrowed by the filters: never a free text. */
  findForInsight(manager: EntityManager, principal: Principal, filters: RecordFilters): Promise<InsightCaseRow[]> {
    const builder = manager
      .getRepository(CaseEntity)
      .createQueryBuilder('case')
      .select([
        'case.id',
        'case.presentingDimensions',
        'case.underlyingDimensions',
        'case.lifeDomains',
        'case.underlyingLifeDomains',
        'case.professionalsInvolved',
        'case.legalFrameworks',
        'case.status',
      ]);
    scopeToContexts({
      builder,
      column: 'case.buildingTeamId',
      principal,
      permission: 'insight:read',
      contextType: 'building-team',
    });
    return applyRecordFilters({ builder, alias: 'case', manager, filters }).getMany();
  }

  /** How many of these cases belong to the bouwteam (for agreements). */
  countInBuildingTeam(manager: EntityManager, ids: readonly string[], buildingTeamId: string): Promise<number> {
    return manager.getRepository(CaseEntity).countBy({ id: In([...ids]), buildingTeamId });
  }

  /** Id, title and creation time of the cases of these ids that exist (for agreements and sessions). */
  async titles(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; title: string; createdAt: Date }[]> {
    const cases = await manager.getRepository(CaseEntity).findBy({ id: In([...ids]) });
    return cases.map((found) => ({ id: found.id, title: found.title, createdAt: found.createdAt }));
  }
}

/** The references a case answers with: id and name only (never, say, the password hash of who brought it in). */
function withReferences(builder: SelectQueryBuilder<CaseEntity>): SelectQueryBuilder<CaseEntity> {
  return builder
    .innerJoin('case.buildingTeam', 'buildingTeam')
    .innerJoin('case.broughtInBy', 'broughtInBy')
    .innerJoin('case.organisation', 'organisation')
    .leftJoin('case.caseDirectorOrganisation', 'caseDirectorOrganisation')
    .addSelect([
      'buildingTeam.id',
      'buildingTeam.name',
      'broughtInBy.id',
      'broughtInBy.name',
      'organisation.id',
      'organisation.name',
      'caseDirectorOrganisation.id',
      'caseDirectorOrganisation.name',
    ]);
}

/**
 * `created_at` as the database holds it, to the last digit, for a cursor: PostgreSQL keeps microseconds (a JavaScript
 * Date would lose them and skip rows of the same millisecond); SQLite keeps TypeORM's UTC text.
 */
function cursorMoment(manager: EntityManager): string {
  return isPostgres(manager)
    ? `to_char("case"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : '"case"."created_at"';
}
