import { spreadsheetCell } from '../export/spreadsheet.js';
import type { GalaAlert, GalaDashboard } from '../gala/dashboard-schema.js';
import { galaAlerts } from '../gala/overview.js';
import { galaPlanSheetRows } from '../gala/spreadsheet.js';
import type { GalaPlan } from '../gala/schema.js';
import type { GalaCsvTopic } from './schema.js';

type Cell = string | number | boolean | Date | null;

/** The words of the alert kinds in the export and the digest. */
export const galaAlertKindWords: Record<GalaAlert['kind'], string> = {
  'milestone-overdue': 'Mijlpaal te laat',
  'milestone-due': 'Mijlpaal binnenkort',
  'voucher-expiring': 'Kennisvoucher verloopt',
  'review-due': 'Afspraak toe aan evaluatie',
};

/** The sheets of the XLSX export, in order: the import template's three, then the dashboard's figures. */
export const galaExportSheetNames: Record<GalaCsvTopic, string> = {
  budget: 'Begroting',
  milestones: 'Mijlpalen',
  actions: 'Acties',
  'dashboard-budget': 'Dashboard begroting',
  'dashboard-alerts': 'Dashboard signalen',
};

const date = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Every sheet of a region's export as rows of cells (header first): the plans as the import template reads them, and
 * the dashboard's budget per block and year and its alerts. Euros and days are numbers, dates are dates (midnight UTC),
 * text is neutralised against formulas; the same rows make the XLSX sheets and the CSV files.
 */
export function galaExportSheets({
  plans,
  dashboard,
}: {
  plans: readonly Pick<GalaPlan, 'municipality' | 'budget' | 'milestones' | 'actions'>[];
  dashboard: GalaDashboard;
}): Record<GalaCsvTopic, Cell[][]> {
  const label = new Map(dashboard.budgetBlocks.map((block) => [block.code, block.label.nl]));
  const budget: Cell[][] = [['Bouwsteen', 'Jaar', 'Begroot (€)', 'Besteed (€)', 'Besteed (%)']];
  for (const total of dashboard.budget)
    budget.push(
      [
        label.get(total.block) ?? total.block,
        total.year,
        total.plannedCents / 100,
        total.spentCents / 100,
        total.plannedCents === 0 ? null : Math.round((total.spentCents / total.plannedCents) * 1000) / 10,
      ].map(spreadsheetCell),
    );
  const alerts: Cell[][] = [['Signaal', 'Gemeente', 'Onderwerp', 'Datum', 'Dagen']];
  for (const alert of galaAlerts({ dashboards: [dashboard] }))
    alerts.push(
      [
        galaAlertKindWords[alert.kind],
        alert.municipality?.name ?? null,
        alert.title,
        date(alert.date),
        alert.daysLeft,
      ].map(spreadsheetCell),
    );
  return { ...galaPlanSheetRows({ plans }), 'dashboard-budget': budget, 'dashboard-alerts': alerts };
}
