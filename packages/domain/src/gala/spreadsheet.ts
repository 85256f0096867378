import { z } from 'zod';
import { plainCellValue, restoreNeutralised, spreadsheetCell, type SpreadsheetValue } from '../export/spreadsheet.js';
import { galaPlanViolations, galaPlanDraftFromCreate } from './rules.js';
import {
  GalaActionStatusSchema,
  MilestoneStatusSchema,
  type GalaActionStatus,
  type GalaPeriod,
  type GalaPlan,
  type GalaPlanDraft,
  type MilestoneStatus,
} from './schema.js';
import type { GalaTaxonomyItem } from './taxonomy.js';

/*
 * The XLSX template a region's plans are read from and written to: one sheet per topic, one row per municipality ×
 * block × year for the budget, one per milestone and one per action. Amounts are euros in the sheet (real numbers),
 * read into cents (the budget columns' keys name what they become); dates are real date cells (text as 2025-04-30 or 30-04-2025 is read too).
 */

export const galaImportSheetKeys = ['budget', 'milestones', 'actions'] as const;
export type GalaImportSheetKey = (typeof galaImportSheetKeys)[number];

/** The municipality cell of a row about the region as a whole. */
export const regionWideLabel = 'Regio als geheel';

export const galaImportSheets = {
  budget: {
    name: 'Begroting',
    columns: [
      { key: 'municipality', header: 'Gemeente' },
      { key: 'block', header: 'Bouwsteen' },
      { key: 'year', header: 'Jaar' },
      { key: 'plannedCents', header: 'Begroot (€)' },
      { key: 'spentCents', header: 'Besteed (€)' },
      { key: 'overspendReason', header: 'Reden overschrijding' },
    ],
  },
  milestones: {
    name: 'Mijlpalen',
    columns: [
      { key: 'municipality', header: 'Gemeente' },
      { key: 'code', header: 'Code' },
      { key: 'title', header: 'Mijlpaal' },
      { key: 'dueDate', header: 'Deadline' },
      { key: 'status', header: 'Status' },
      { key: 'startedOn', header: 'Gestart op' },
      { key: 'doneOn', header: 'Behaald op' },
    ],
  },
  actions: {
    name: 'Acties',
    columns: [
      { key: 'municipality', header: 'Gemeente' },
      { key: 'what', header: 'Actie' },
      { key: 'partner', header: 'Partnerorganisatie' },
      { key: 'status', header: 'Status' },
      { key: 'dueDate', header: 'Deadline' },
    ],
  },
} as const satisfies Record<GalaImportSheetKey, { name: string; columns: readonly { key: string; header: string }[] }>;

/** The Dutch words the template uses for statuses (codes are read too). */
export const milestoneStatusWords: Record<MilestoneStatus, string> = {
  planned: 'gepland',
  started: 'gestart',
  done: 'behaald',
};
export const actionStatusWords: Record<GalaActionStatus, string> = {
  planned: 'gepland',
  running: 'loopt',
  done: 'klaar',
  dropped: 'vervallen',
};

// — Cells —

const plain = (raw: unknown) => plainCellValue(raw);
const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

const TextCell = (max: number) =>
  z.preprocess(
    (raw) => {
      const value = plain(raw);
      if (isBlank(value)) return undefined;
      return value instanceof Date ? value.toISOString().slice(0, 10) : restoreNeutralised(String(value).trim());
    },
    z.string({ error: 'Vul deze cel in.' }).max(max, `Gebruik hoogstens ${max} tekens.`),
  );
const OptionalTextCell = (max: number) =>
  z.preprocess(
    (raw) => (isBlank(plain(raw)) ? null : restoreNeutralised(String(plain(raw)).trim())),
    z.string().max(max).nullable(),
  );

/** A number as a person types it in a Dutch or English sheet: 1250, 1.250,50, € 1,250.50. */
function readNumber(value: string | number | boolean | Date | null): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/[€\s]/g, '');
  if (/,\d{1,2}$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

const YearCell = z.preprocess(
  (raw) => readNumber(plain(raw)),
  z.number({ error: 'Vul een jaartal in, zoals 2024.' }).int('Vul een jaartal in, zoals 2024.'),
);

/** Euros with at most two decimals, read into cents; blank is zero when `blankIsZero`. */
const EuroCell = ({ blankIsZero }: { blankIsZero: boolean }) =>
  z.preprocess(
    (raw) => {
      const value = plain(raw);
      if (isBlank(value)) return blankIsZero ? 0 : undefined;
      return readNumber(value) ?? Number.NaN;
    },
    z
      .number({ error: 'Vul een bedrag in euro in, zoals 1250,50.' })
      .min(0, 'Een bedrag kan niet negatief zijn.')
      .refine((euro) => Math.abs(euro * 100 - Math.round(euro * 100)) < 1e-6, 'Gebruik hoogstens twee decimalen.')
      .transform((euro) => Math.round(euro * 100)),
  );

/** A calendar date from a date cell, an Excel serial number, or text as 2025-04-30 or 30-04-2025. */
export function readCalendarDate(raw: unknown): string | undefined {
  const value = plain(raw);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000)
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}

const DateCell = z.preprocess(
  (raw) => (isBlank(plain(raw)) ? undefined : (readCalendarDate(raw) ?? 'invalid')),
  z.iso.date({ error: 'Vul een datum in, zoals 30-04-2025.' }),
);
const OptionalDateCell = z.preprocess(
  (raw) => (isBlank(plain(raw)) ? null : (readCalendarDate(raw) ?? 'invalid')),
  z.iso.date({ error: 'Vul een datum in, zoals 30-04-2025.' }).nullable(),
);

function StatusCell<S extends string>(schema: z.ZodType<S>, words: Record<S, string>, fallback: S) {
  const byWord = new Map(Object.entries(words).map(([code, word]) => [String(word), code as S]));
  return z.preprocess((raw) => {
    const value = plain(raw);
    if (isBlank(value)) return fallback;
    const text = String(value).trim().toLowerCase();
    return byWord.get(text) ?? text;
  }, schema);
}

// — Rows —

export const GalaBudgetImportRowSchema = z.object({
  municipality: TextCell(200),
  block: TextCell(200),
  year: YearCell,
  plannedCents: EuroCell({ blankIsZero: false }),
  spentCents: EuroCell({ blankIsZero: true }),
  overspendReason: OptionalTextCell(1_000),
});
export type GalaBudgetImportRow = z.infer<typeof GalaBudgetImportRowSchema>;

export const GalaMilestoneImportRowSchema = z.object({
  municipality: TextCell(200),
  code: OptionalTextCell(60),
  title: TextCell(300),
  dueDate: DateCell,
  status: StatusCell(MilestoneStatusSchema, milestoneStatusWords, 'planned'),
  startedOn: OptionalDateCell,
  doneOn: OptionalDateCell,
});
export type GalaMilestoneImportRow = z.infer<typeof GalaMilestoneImportRowSchema>;

export const GalaActionImportRowSchema = z.object({
  municipality: TextCell(200),
  what: TextCell(1_000),
  partner: OptionalTextCell(200),
  status: StatusCell(GalaActionStatusSchema, actionStatusWords, 'planned'),
  dueDate: OptionalDateCell,
});
export type GalaActionImportRow = z.infer<typeof GalaActionImportRowSchema>;

const rowSchemas = {
  budget: GalaBudgetImportRowSchema,
  milestones: GalaMilestoneImportRowSchema,
  actions: GalaActionImportRowSchema,
} as const;
type RowOf<K extends GalaImportSheetKey> = z.infer<(typeof rowSchemas)[K]>;

/** One thing wrong in the file: where (sheet, row number as the spreadsheet shows it, column header) and why. */
export interface GalaImportError {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportedRow<Row> {
  readonly row: number;
  readonly value: Row;
}

/**
 * Reads one sheet given as rows of raw cells (the first row the header, as the reader hands them over): finds the
 * columns by their header, skips empty rows, and parses every row, reporting each wrong cell by row and column.
 */
export function readGalaImportSheet<K extends GalaImportSheetKey>({
  sheet,
  rows,
}: {
  sheet: K;
  rows: readonly (readonly unknown[])[];
}): { rows: ImportedRow<RowOf<K>>[]; errors: GalaImportError[] } {
  const definition = galaImportSheets[sheet];
  const errors: GalaImportError[] = [];
  const header = (rows[0] ?? []).map((cell) =>
    String(plain(cell) ?? '')
      .trim()
      .toLowerCase(),
  );
  const positions = new Map<string, number>();
  for (const column of definition.columns) {
    const index = header.indexOf(column.header.toLowerCase());
    if (index === -1)
      errors.push({
        sheet: definition.name,
        row: 1,
        column: column.header,
        code: 'missing-column',
        message: `De kolom ‘${column.header}’ ontbreekt.`,
      });
    else positions.set(column.key, index);
  }
  if (errors.length > 0) return { rows: [], errors };
  const parsed: ImportedRow<RowOf<K>>[] = [];
  rows.slice(1).forEach((cells, offset) => {
    const rowNumber = offset + 2;
    if (cells.every((cell) => isBlank(plain(cell)))) return;
    const record = Object.fromEntries(definition.columns.map(({ key }) => [key, cells[positions.get(key)!] ?? null]));
    const result = rowSchemas[sheet].safeParse(record);
    if (result.success) parsed.push({ row: rowNumber, value: result.data as RowOf<K> });
    else
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        errors.push({
          sheet: definition.name,
          row: rowNumber,
          column: definition.columns.find((column) => column.key === key)?.header ?? null,
          code: 'invalid-cell',
          message: issue.message,
        });
      }
  });
  return { rows: parsed, errors };
}

/** A plan assembled from the file, with where each of its lines came from. */
export interface ImportedGalaPlan {
  readonly municipalityId: string | null;
  readonly draft: GalaPlanDraft;
}

/**
 * Turns the rows of the three sheets into one plan per municipality (and one for the region as a whole when rows say
 * so): names resolved against the region's municipalities, the partner organisations and the budget blocks, then every
 * plan rule applied, each violation reported on the row it came from. An existing plan of the municipality keeps its
 * goals, chain approaches, partners and notes; its budget, milestones and actions become the file's. Nothing is meant
 * to be stored unless `errors` is empty.
 */
export function assembleGalaImport({
  regionId,
  period,
  budget,
  milestones,
  actions,
  municipalities,
  partners,
  taxonomy,
  existingPlans = [],
}: {
  regionId: string;
  period: GalaPeriod;
  budget: readonly ImportedRow<GalaBudgetImportRow>[];
  milestones: readonly ImportedRow<GalaMilestoneImportRow>[];
  actions: readonly ImportedRow<GalaActionImportRow>[];
  /** The municipalities of the region. */
  municipalities: readonly { id: string; name: string }[];
  /** Organisations an action may name as its partner. */
  partners: readonly { id: string; name: string }[];
  taxonomy: readonly GalaTaxonomyItem[];
  existingPlans?: readonly GalaPlanDraft[];
}): { plans: ImportedGalaPlan[]; errors: GalaImportError[] } {
  const errors: GalaImportError[] = [];
  const key = (text: string) => text.trim().toLowerCase();
  const municipalityByName = new Map(municipalities.map((m) => [key(m.name), m.id]));
  const partnerByName = new Map(partners.map((p) => [key(p.name), p.id]));
  const blocks = taxonomy.filter((item) => item.kind === 'budget-block');
  const blockByName = new Map(
    blocks.flatMap((b) => [[key(b.code), b.code] as const, [key(b.label.nl), b.code] as const]),
  );
  const sheetName = (sheet: GalaImportSheetKey) => galaImportSheets[sheet].name;
  const header = (sheet: GalaImportSheetKey, column: string) =>
    galaImportSheets[sheet].columns.find((c) => c.key === column)?.header ?? null;

  const resolveMunicipality = (sheet: GalaImportSheetKey, row: number, name: string): string | null | undefined => {
    if ([key(regionWideLabel), 'regio'].includes(key(name))) return null;
    const id = municipalityByName.get(key(name)) ?? municipalityByName.get(key(`gemeente ${name}`));
    if (id === undefined)
      errors.push({
        sheet: sheetName(sheet),
        row,
        column: header(sheet, 'municipality'),
        code: 'unknown-municipality',
        message: `‘${name}’ is geen gemeente van deze regio.`,
      });
    return id;
  };

  interface Parts {
    budget: { row: number; line: GalaPlanDraft['budget'][number] }[];
    milestones: { row: number; milestone: GalaPlanDraft['milestones'][number] }[];
    actions: { row: number; action: GalaPlanDraft['actions'][number] }[];
  }
  const parts = new Map<string | null, Parts>();
  const partsOf = (id: string | null) => {
    const found = parts.get(id) ?? { budget: [], milestones: [], actions: [] };
    parts.set(id, found);
    return found;
  };

  for (const { row, value } of budget) {
    const municipalityId = resolveMunicipality('budget', row, value.municipality);
    const block = blockByName.get(key(value.block));
    if (block === undefined)
      errors.push({
        sheet: sheetName('budget'),
        row,
        column: header('budget', 'block'),
        code: 'unknown-code',
        message: `‘${value.block}’ is geen bouwsteen van de SPUK.`,
      });
    if (municipalityId === undefined || block === undefined) continue;
    const { municipality: _, ...line } = value;
    partsOf(municipalityId).budget.push({ row, line: { ...line, block } });
  }
  for (const { row, value } of milestones) {
    const municipalityId = resolveMunicipality('milestones', row, value.municipality);
    if (municipalityId === undefined) continue;
    const { municipality: _, ...milestone } = value;
    partsOf(municipalityId).milestones.push({ row, milestone });
  }
  for (const { row, value } of actions) {
    const municipalityId = resolveMunicipality('actions', row, value.municipality);
    const partnerOrganisationId = value.partner === null ? null : partnerByName.get(key(value.partner));
    if (partnerOrganisationId === undefined)
      errors.push({
        sheet: sheetName('actions'),
        row,
        column: header('actions', 'partner'),
        code: 'unknown-organisation',
        message: `‘${value.partner}’ is geen bekende organisatie.`,
      });
    if (municipalityId === undefined || partnerOrganisationId === undefined) continue;
    partsOf(municipalityId).actions.push({
      row,
      action: { what: value.what, partnerOrganisationId, status: value.status, dueDate: value.dueDate },
    });
  }

  const plans: ImportedGalaPlan[] = [];
  for (const [municipalityId, part] of parts) {
    const existing = existingPlans.find((plan) => plan.regionId === regionId && plan.municipalityId === municipalityId);
    const base =
      existing ??
      galaPlanDraftFromCreate({
        regionId,
        municipalityId,
        period,
        goals: [],
        chainApproaches: [],
        actions: [],
        budget: [],
        partnerIds: [],
        progressNotes: [],
      });
    const draft: GalaPlanDraft = {
      ...base,
      budget: part.budget.map((entry) => entry.line),
      milestones:
        part.milestones.length > 0 || existing ? part.milestones.map((entry) => entry.milestone) : base.milestones,
      actions: part.actions.map((entry) => entry.action),
    };
    const rowsOf: Record<string, { sheet: GalaImportSheetKey; rows: number[] }> = {
      budget: { sheet: 'budget', rows: part.budget.map((entry) => entry.row) },
      milestones: { sheet: 'milestones', rows: part.milestones.map((entry) => entry.row) },
      actions: { sheet: 'actions', rows: part.actions.map((entry) => entry.row) },
    };
    const cellNames: Record<string, string> = { partnerOrganisationId: 'partner' };
    for (const found of galaPlanViolations({ draft, taxonomy, ...(existing ? { previous: existing } : {}) })) {
      const [list, index, field] = found.path.split('.');
      const source = list === undefined ? undefined : rowsOf[list];
      const row = source && index !== undefined ? source.rows[Number(index)] : undefined;
      errors.push(
        source && row !== undefined
          ? {
              sheet: sheetName(source.sheet),
              row,
              column: field === undefined ? null : header(source.sheet, cellNames[field] ?? field),
              code: found.code,
              message: found.message,
            }
          : { sheet: sheetName('budget'), row: null, column: null, code: found.code, message: found.message },
      );
    }
    plans.push({ municipalityId, draft });
  }
  return { plans, errors };
}

/**
 * A region's plans as the rows of the template's three sheets (header first), ready for an XLSX writer: euros and
 * years as numbers, dates as dates (midnight UTC), text neutralised against formulas. Reading these rows back with
 * `readGalaImportSheet` and `assembleGalaImport` gives the same budget, milestones and actions.
 */
export function galaPlanSheetRows({
  plans,
}: {
  plans: readonly Pick<GalaPlan, 'municipality' | 'budget' | 'milestones' | 'actions'>[];
}): Record<GalaImportSheetKey, (string | number | boolean | Date | null)[][]> {
  const header = (sheet: GalaImportSheetKey): (string | number | boolean | Date | null)[] =>
    galaImportSheets[sheet].columns.map((column) => column.header);
  const date = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));
  const row = (cells: SpreadsheetValue[]) => cells.map(spreadsheetCell);
  const budget = [header('budget')];
  const milestones = [header('milestones')];
  const actions = [header('actions')];
  for (const plan of plans) {
    const municipality = plan.municipality?.name ?? regionWideLabel;
    for (const line of plan.budget)
      budget.push(
        row([
          municipality,
          line.block,
          line.year,
          line.plannedCents / 100,
          line.spentCents / 100,
          line.overspendReason,
        ]),
      );
    for (const milestone of plan.milestones)
      milestones.push(
        row([
          municipality,
          milestone.code,
          milestone.title,
          date(milestone.dueDate),
          milestoneStatusWords[milestone.status],
          date(milestone.startedOn),
          date(milestone.doneOn),
        ]),
      );
    for (const action of plan.actions)
      actions.push(
        row([
          municipality,
          action.what,
          action.partner?.name ?? null,
          actionStatusWords[action.status],
          date(action.dueDate),
        ]),
      );
  }
  return { budget, milestones, actions };
}
