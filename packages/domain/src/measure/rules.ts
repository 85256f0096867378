/**
 * The rules of a measure's data: its baseline lies inside its period, a point lies inside the period with a finite
 * value within ±`measureValueBound`, one point per date; and the CSV import, which is checked row by row and stored
 * only when every row is valid.
 */

/** The largest absolute value a data point may have: far beyond any count, percentage or duration in the field. */
export const measureValueBound = 1_000_000_000;

export interface MeasurePeriod {
  periodStart: string;
  periodEnd: string;
  baselineStart: string;
  baselineEnd: string;
  rebaselines: readonly string[];
}

export interface MeasureRefusal {
  field: string;
  reason: string;
}

/** Whether the dates of a measure fit together. */
export function checkMeasurePeriod(measure: MeasurePeriod): MeasureRefusal[] {
  const refusals: MeasureRefusal[] = [];
  if (measure.periodEnd < measure.periodStart)
    refusals.push({ field: 'periodEnd', reason: 'Het einde van de meetperiode ligt vóór het begin.' });
  if (measure.baselineEnd < measure.baselineStart)
    refusals.push({ field: 'baselineEnd', reason: 'Het einde van de basisperiode ligt vóór het begin.' });
  if (measure.baselineStart < measure.periodStart || measure.baselineStart > measure.periodEnd)
    refusals.push({ field: 'baselineStart', reason: 'De basisperiode begint binnen de meetperiode.' });
  if (measure.baselineEnd > measure.periodEnd || measure.baselineEnd < measure.periodStart)
    refusals.push({ field: 'baselineEnd', reason: 'De basisperiode eindigt binnen de meetperiode.' });
  measure.rebaselines.forEach((date, index) => {
    if (date <= measure.baselineEnd || date > measure.periodEnd)
      refusals.push({
        field: `rebaselines.${index}`,
        reason: 'Een nieuwe basislijn begint na de eerste basisperiode en binnen de meetperiode.',
      });
  });
  return refusals;
}

/** Whether a point may be stored: finite, within the bound, inside the period, on a date not yet taken. */
export function checkMeasurePoint(
  measure: Pick<MeasurePeriod, 'periodStart' | 'periodEnd'>,
  takenDates: ReadonlySet<string>,
  point: { date: string; value: number },
): MeasureRefusal[] {
  const refusals: MeasureRefusal[] = [];
  if (!Number.isFinite(point.value) || Math.abs(point.value) > measureValueBound)
    refusals.push({
      field: 'value',
      reason: `Een waarde is een getal tussen -${measureValueBound} en ${measureValueBound}.`,
    });
  if (point.date < measure.periodStart || point.date > measure.periodEnd)
    refusals.push({
      field: 'date',
      reason: `De datum ligt buiten de meetperiode (${measure.periodStart} t/m ${measure.periodEnd}).`,
    });
  else if (takenDates.has(point.date))
    refusals.push({ field: 'date', reason: `Er is al een meetpunt op ${point.date}; één punt per datum.` });
  return refusals;
}

export interface MeasureCsvRow {
  line: number;
  /** The row as read. */
  raw: string;
  /** Absent when the row has no valid date. */
  date?: string;
  value: number | null;
  note: string;
  errors: { field: 'date' | 'value' | 'note' | 'row'; reason: string }[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dutchDate = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

function parseDate(text: string): string | null {
  const dutch = dutchDate.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : text;
  if (!isoDate.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (char === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (char === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

/**
 * Reads "date;value;note" rows (or comma-separated: the separator is ";" when the first line has one). A first row
 * whose first cell is not a date is a header. Dates are ISO (2026-03-02) or Dutch (2-3-2026); with ";" a decimal comma
 * is allowed (12,5). Each row is checked against the measure: inside its period, one point per date (also within the
 * file), a value within bounds. The import stores nothing unless every row is valid.
 */
export function parseMeasureCsv(
  text: string,
  measure: Pick<MeasurePeriod, 'periodStart' | 'periodEnd'>,
  takenDates: ReadonlySet<string>,
): MeasureCsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const rows: MeasureCsvRow[] = [];
  const seen = new Set(takenDates);
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = splitLine(raw, separator);
    const [dateText = '', valueText = '', ...rest] = cells;
    if (index === 0 && parseDate(dateText) === null && !/\d/.test(dateText)) return; // a header
    const errors: MeasureCsvRow['errors'] = [];
    const date = parseDate(dateText);
    if (date === null) errors.push({ field: 'date', reason: `"${dateText}" is geen datum (JJJJ-MM-DD of D-M-JJJJ).` });
    const normalised = separator === ';' ? valueText.replace(',', '.') : valueText;
    const value =
      normalised === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised) ? null : Number(normalised);
    if (value === null) errors.push({ field: 'value', reason: `"${valueText}" is geen getal.` });
    const note = rest.join(separator === ';' ? ';' : ',').trim();
    if (note.length > 500) errors.push({ field: 'note', reason: 'Een notitie heeft hoogstens 500 tekens.' });
    if (date !== null && value !== null) {
      for (const refusal of checkMeasurePoint(measure, seen, { date, value }))
        errors.push({ field: refusal.field as 'date' | 'value', reason: refusal.reason });
    }
    if (date !== null) seen.add(date);
    rows.push({ line: index + 1, raw: raw.trim(), ...(date === null ? {} : { date }), value, note, errors });
  });
  if (rows.length === 0)
    rows.push({
      line: 1,
      raw: '',
      value: null,
      note: '',
      errors: [{ field: 'row', reason: 'Het bestand heeft geen rijen.' }],
    });
  return rows;
}
