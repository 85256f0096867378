import { lessonThemes } from '../lesson/schema.js';
import type { Label, Term } from '../vocabulary/label.js';
import { legalFrameworks, type LegalFramework } from '../vocabulary/legal-frameworks.js';
import { lifeDomains, type LifeDomain } from '../vocabulary/life-domains.js';
import { positiveHealthDimensions, type PositiveHealthDimensionCode } from '../vocabulary/positive-health.js';
import { discloseTable, populationAllowed, type DisclosedCount } from './disclosure.js';
import {
  disclosureRules,
  insightKinds,
  type Insight,
  type InsightFilters,
  type InsightHeader,
  type InsightKind,
  type InsightUnit,
  type PublishedCount,
} from './schema.js';

/** The coded fields of a case an insight counts: never a free text. */
export interface InsightCase {
  presentingDimensions: readonly PositiveHealthDimensionCode[];
  underlyingDimensions: readonly PositiveHealthDimensionCode[];
  /** The presenting life domains. */
  lifeDomains: readonly LifeDomain[];
  underlyingLifeDomains: readonly LifeDomain[];
  professionalsInvolved: number | null;
  legalFrameworks: readonly LegalFramework[];
  status: 'brought-in' | 'discussed' | 'closed';
}

export interface InsightObstacle {
  legalFramework: LegalFramework | null;
  escalationStatus: 'open' | 'escalated' | 'resolved' | 'parked';
}

export interface InsightLesson {
  theme: string;
  /** When it was recorded (ISO timestamp or date). */
  recordedAt: string;
}

export type InsightRecords =
  | {
      insight: 'question-shifts' | 'life-domain-shifts' | 'professionals-per-case' | 'legal-frameworks';
      cases: readonly InsightCase[];
    }
  | { insight: 'system-obstacles'; obstacles: readonly InsightObstacle[] }
  | { insight: 'lessons-per-theme'; lessons: readonly InsightLesson[] };

/** A table of counts before disclosure control. */
export interface CountTable {
  unit: InsightUnit;
  population: number;
  rowTitle: Label;
  columnTitle: Label;
  rows: InsightHeader[];
  columns: InsightHeader[];
  counts: number[][];
}

const headers = (terms: readonly Term[]): InsightHeader[] => terms.map(({ code, label }) => ({ code, label }));

/** Each record counts once in every pair of its row values × column values (a value given twice counts once). */
function crossCount<T>({
  records,
  rows,
  columns,
  rowValues,
  columnValues,
}: {
  records: readonly T[];
  rows: readonly InsightHeader[];
  columns: readonly InsightHeader[];
  rowValues: (record: T) => readonly string[];
  columnValues: (record: T) => readonly string[];
}): number[][] {
  const rowIndex = new Map(rows.map((row, index) => [row.code, index]));
  const columnIndex = new Map(columns.map((column, index) => [column.code, index]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const record of records) {
    for (const row of new Set(rowValues(record))) {
      for (const column of new Set(columnValues(record))) {
        const r = rowIndex.get(row);
        const c = columnIndex.get(column);
        if (r !== undefined && c !== undefined) counts[r]![c]! += 1;
      }
    }
  }
  return counts;
}

export const caseStatusTerms = [
  { code: 'brought-in', label: { nl: 'Ingebracht', en: 'Brought in' } },
  { code: 'discussed', label: { nl: 'Besproken', en: 'Discussed' } },
  { code: 'closed', label: { nl: 'Afgesloten', en: 'Closed' } },
] as const satisfies readonly Term[];

export const escalationStatusTerms = [
  { code: 'open', label: { nl: 'Open', en: 'Open' } },
  { code: 'escalated', label: { nl: 'Geëscaleerd', en: 'Escalated' } },
  { code: 'resolved', label: { nl: 'Opgelost', en: 'Resolved' } },
  { code: 'parked', label: { nl: 'Geparkeerd', en: 'Parked' } },
] as const satisfies readonly Term[];

/** Buckets of the number of professionals involved in a case. */
export const professionalBuckets = [
  { code: '0-1', label: { nl: '0–1', en: '0–1' }, from: 0, to: 1 },
  { code: '2-3', label: { nl: '2–3', en: '2–3' }, from: 2, to: 3 },
  { code: '4-6', label: { nl: '4–6', en: '4–6' }, from: 4, to: 6 },
  { code: '7-10', label: { nl: '7–10', en: '7–10' }, from: 7, to: 10 },
  { code: '11+', label: { nl: '11 of meer', en: '11 or more' }, from: 11, to: Number.POSITIVE_INFINITY },
] as const;
const unknownBucket = { code: 'unknown', label: { nl: 'Niet ingevuld', en: 'Not recorded' } };

export function professionalBucket(count: number | null): string {
  if (count === null) return unknownBucket.code;
  return professionalBuckets.find((bucket) => count >= bucket.from && count <= bucket.to)!.code;
}

/** The calendar quarter of a date, e.g. `2026-Q3`. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from the first to the last, in order. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = Number(first.slice(6));
  const end = Number(last.slice(0, 4)) * 4 + Number(last.slice(6));
  while (year * 4 + quarter <= end) {
    quarters.push(`${year}-Q${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

const presentingTitle = { nl: 'Aanmeldvraag', en: 'Presenting question' };
const underlyingTitle = { nl: 'Onderliggende vraag', en: 'Underlying question' };
const casesTitle = { nl: 'Casussen', en: 'Cases' };

/** Presenting × underlying question over one vocabulary: a case counts once in every pair of its codes. */
function shiftTable(
  cases: readonly InsightCase[],
  vocabulary: readonly Term[],
  codes: (item: InsightCase) => readonly [presenting: readonly string[], underlying: readonly string[]],
): CountTable {
  const terms = headers(vocabulary);
  return {
    unit: 'case',
    population: cases.length,
    rowTitle: presentingTitle,
    columnTitle: underlyingTitle,
    rows: terms,
    columns: terms,
    counts: crossCount({
      records: cases,
      rows: terms,
      columns: terms,
      rowValues: (item) => codes(item)[0],
      columnValues: (item) => codes(item)[1],
    }),
  };
}

/** The counts of one insight, before disclosure control. */
export function countInsight(records: InsightRecords): CountTable {
  switch (records.insight) {
    case 'question-shifts':
      return shiftTable(records.cases, positiveHealthDimensions, (item) => [
        item.presentingDimensions,
        item.underlyingDimensions,
      ]);
    case 'life-domain-shifts':
      return shiftTable(records.cases, lifeDomains, (item) => [item.lifeDomains, item.underlyingLifeDomains]);
    case 'professionals-per-case': {
      const columns = [...headers(professionalBuckets), unknownBucket];
      const rows = [{ code: 'cases', label: casesTitle }];
      return {
        unit: 'case',
        population: records.cases.length,
        rowTitle: casesTitle,
        columnTitle: { nl: 'Betrokken professionals', en: 'Professionals involved' },
        rows,
        columns,
        counts: crossCount({
          records: records.cases,
          rows,
          columns,
          rowValues: () => ['cases'],
          columnValues: (item) => [professionalBucket(item.professionalsInvolved)],
        }),
      };
    }
    case 'legal-frameworks': {
      const rows = headers(legalFrameworks);
      const columns = headers(caseStatusTerms);
      return {
        unit: 'case',
        population: records.cases.length,
        rowTitle: { nl: 'Wet', en: 'Legal framework' },
        columnTitle: { nl: 'Status van de casus', en: 'Status of the case' },
        rows,
        columns,
        counts: crossCount({
          records: records.cases,
          rows,
          columns,
          rowValues: (item) => item.legalFrameworks,
          columnValues: (item) => [item.status],
        }),
      };
    }
    case 'system-obstacles': {
      const rows = [
        ...headers(legalFrameworks),
        { code: 'none', label: { nl: 'Geen wet genoemd', en: 'No framework given' } },
      ];
      const columns = headers(escalationStatusTerms);
      return {
        unit: 'system-obstacle',
        population: records.obstacles.length,
        rowTitle: { nl: 'Wet', en: 'Legal framework' },
        columnTitle: { nl: 'Escalatiestatus', en: 'Escalation status' },
        rows,
        columns,
        counts: crossCount({
          records: records.obstacles,
          rows,
          columns,
          rowValues: (item) => [item.legalFramework ?? 'none'],
          columnValues: (item) => [item.escalationStatus],
        }),
      };
    }
    case 'lessons-per-theme': {
      const known = new Set<string>(lessonThemes.map((theme) => theme.code));
      const rows = [
        ...headers(lessonThemes),
        ...[...new Set(records.lessons.map((lesson) => lesson.theme))]
          .filter((theme) => !known.has(theme))
          .sort()
          .map((code) => ({ code, label: { nl: code, en: code } })),
      ];
      const quarters = records.lessons.map((lesson) => quarterOf(lesson.recordedAt)).sort();
      const columns =
        quarters.length === 0
          ? []
          : quartersBetween(quarters[0]!, quarters[quarters.length - 1]!).map((code) => ({
              code,
              label: { nl: code.replace('-Q', ' K'), en: code.replace('-', ' ') },
            }));
      return {
        unit: 'lesson',
        population: records.lessons.length,
        rowTitle: { nl: 'Thema', en: 'Theme' },
        columnTitle: { nl: 'Kwartaal', en: 'Quarter' },
        rows,
        columns,
        counts: crossCount({
          records: records.lessons,
          rows,
          columns,
          rowValues: (item) => [item.theme],
          columnValues: (item) => [quarterOf(item.recordedAt)],
        }),
      };
    }
  }
}

/**
 * What may be published of an insight: nothing but that fact for a population below 10; otherwise the table through
 * disclosure control (small counts suppressed, complementary suppression).
 */
export function publishInsight({
  insight,
  filters,
  table,
}: {
  insight: InsightKind;
  filters: InsightFilters;
  table: CountTable;
}): Insight {
  const base = {
    insight,
    title: insightKinds.find((kind) => kind.code === insight)!.label,
    unit: table.unit,
    filters,
    rules: { ...disclosureRules },
  };
  if (!populationAllowed(table.population)) return { ...base, outcome: 'too-small', population: null, table: null };
  const disclosed = discloseTable(table.counts);
  const published = ({ count, suppression }: DisclosedCount): PublishedCount => ({
    count,
    suppressed: suppression !== null,
  });
  return {
    ...base,
    outcome: 'shown',
    population: table.population,
    table: {
      rowTitle: table.rowTitle,
      columnTitle: table.columnTitle,
      rows: table.rows,
      columns: table.columns,
      cells: disclosed.cells.map((row) => row.map(published)),
      rowTotals: disclosed.rowTotals.map(published),
      columnTotals: disclosed.columnTotals.map(published),
      total: published(disclosed.total),
    },
  };
}
