import type { Language } from '../vocabulary/label.js';
import { disclosureRules, suppressedMark, type Insight, type PublishedCount } from './schema.js';

export type InsightSheetCell = string | number | null;

/** The names behind the filters of an insight, as the export states them. */
export interface InsightFilterNames {
  buildingTeam?: string;
  region?: string;
}

const texts = {
  nl: {
    about: 'Over dit overzicht',
    insight: 'Inzicht',
    exportedAt: 'Geëxporteerd op',
    buildingTeam: 'Bouwteam',
    region: 'Regio',
    from: 'Vanaf',
    to: 'Tot en met',
    all: 'Alle bouwteams die je mag zien',
    any: 'Geen',
    population: 'Aantal',
    units: { case: 'casussen', 'system-obstacle': 'systeemhobbels', lesson: 'lessen' },
    tooSmall: `Te weinig om iets te tonen: minder dan ${disclosureRules.populationThreshold}.`,
    rules: 'Regels voor openbaarmaking',
    rule1: `Aantallen van 1 tot en met ${disclosureRules.cellThreshold - 1} worden niet getoond (${suppressedMark}).`,
    rule2:
      `Waar nodig worden ook andere aantallen niet getoond (${suppressedMark}), zodat geen verborgen aantal uit de totalen ` +
      'en de andere cellen terug te rekenen is.',
    rule3: `Bij minder dan ${disclosureRules.populationThreshold} wordt niets getoond.`,
    rule4: `Een filter dat 1 tot en met ${disclosureRules.cellThreshold - 1} verschilt van dezelfde vraag zonder dat filter, wordt geweigerd.`,
    rule5: 'Een record met meerdere waarden telt in elke cel waarin het valt; de totalen zijn de sommen van de cellen.',
    total: 'Totaal',
    table: 'Tabel',
  },
  en: {
    about: 'About this overview',
    insight: 'Insight',
    exportedAt: 'Exported on',
    buildingTeam: 'Bouwteam',
    region: 'Region',
    from: 'From',
    to: 'Up to and including',
    all: 'Every bouwteam you may see',
    any: 'None',
    population: 'Number',
    units: { case: 'cases', 'system-obstacle': 'system obstacles', lesson: 'lessons' },
    tooSmall: `Too few to show anything: fewer than ${disclosureRules.populationThreshold}.`,
    rules: 'Disclosure rules',
    rule1: `Counts of 1 to ${disclosureRules.cellThreshold - 1} are not shown (${suppressedMark}).`,
    rule2:
      `Where needed other counts are not shown either (${suppressedMark}), so that no hidden count can be worked out ` +
      'from the totals and the other cells.',
    rule3: `Nothing is shown for fewer than ${disclosureRules.populationThreshold}.`,
    rule4: `A filter that differs by 1 to ${disclosureRules.cellThreshold - 1} from the same query without it is refused.`,
    rule5: 'A record with several values counts in every cell it falls in; totals are the sums of the cells.',
    total: 'Total',
    table: 'Table',
  },
} as const;

const value = ({ count, suppressed }: PublishedCount): InsightSheetCell => (suppressed ? suppressedMark : count);

/** The table of an insight as rows of cells: a header row, a row per row with its total, then the column totals. */
export function insightTableRows(insight: Insight, language: Language): InsightSheetCell[][] {
  const text = texts[language];
  const table = insight.table;
  if (!table) return [[text.tooSmall]];
  return [
    [
      `${table.rowTitle[language]} \\ ${table.columnTitle[language]}`,
      ...table.columns.map((column) => column.label[language]),
      text.total,
    ],
    ...table.rows.map((row, index) => [
      row.label[language],
      ...table.cells[index]!.map(value),
      value(table.rowTotals[index]!),
    ]),
    [text.total, ...table.columnTotals.map(value), value(table.total)],
  ];
}

/** The first sheet of an export: what was asked, when, and which disclosure rules were applied. */
export function insightAboutRows({
  insight,
  language,
  exportedAt,
  names,
}: {
  insight: Insight;
  language: Language;
  exportedAt: string;
  names: InsightFilterNames;
}): InsightSheetCell[][] {
  const text = texts[language];
  return [
    [text.about, ''],
    [text.insight, insight.title[language]],
    [text.exportedAt, exportedAt],
    [text.buildingTeam, names.buildingTeam ?? text.all],
    [text.region, names.region ?? text.any],
    [text.from, insight.filters.from ?? text.any],
    [text.to, insight.filters.to ?? text.any],
    [`${text.population} (${text.units[insight.unit]})`, insight.population ?? text.tooSmall],
    [],
    [text.rules, ''],
    ['1', text.rule1],
    ['2', text.rule2],
    ['3', text.rule3],
    ['4', text.rule4],
    ['5', text.rule5],
  ];
}

export const insightSheetNames = {
  nl: { about: texts.nl.about, table: texts.nl.table },
  en: { about: texts.en.about, table: texts.en.table },
} as const;
