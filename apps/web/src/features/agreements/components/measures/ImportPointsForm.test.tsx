import type { Measure, MeasureImportRow } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../../test/render-app';
import { errorAt } from '../../../../test/refusal';
import { ImportPointsForm } from './ImportPointsForm';

const measure = {
  id: 'db7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  name: 'Dagen tot één plan',
  periodStart: '2026-01-05',
  periodEnd: '2026-06-29',
} as unknown as Measure;
const agreementId = 'bb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const fileId = `measure-${measure.id}-import-file`;

const row = (line: number, date: string, value: number, errors: MeasureImportRow['errors'] = []): MeasureImportRow => ({
  line,
  raw: `${date};${value};`,
  date,
  value,
  note: '',
  errors,
});

/** Answers the dry run with `preview`, the import itself with `stored`; records the bodies sent. */
function stubImport(preview: MeasureImportRow[], stored: { status: number; body: unknown }) {
  const bodies: { dryRun: boolean }[] = [];
  const fetchStub = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { dryRun: boolean };
    bodies.push(body);
    const answer = body.dryRun
      ? { status: 200, body: { rows: preview, valid: preview.every((r) => r.errors.length === 0), stored: false } }
      : stored;
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return bodies;
}

const chooseFile = (text: string) =>
  fireEvent.change(document.getElementById(fileId)!, {
    target: { files: [new File([text], 'punten.csv', { type: 'text/csv' })] },
  });

describe('the CSV import of data points', () => {
  it('asks in Dutch for a file before anything is sent', async () => {
    const bodies = stubImport([], { status: 200, body: {} });
    renderInApp(<ImportPointsForm agreementId={agreementId} measure={measure} />);
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    await waitFor(() => expect(errorAt(fileId)).toBe('Kies een CSV-bestand.'));
    expect(document.activeElement?.id).toBe(fileId);
    expect(bodies).toHaveLength(0);
  });

  it('previews the rows with the error of a bad row and offers no import', async () => {
    const bodies = stubImport(
      [
        row(1, '2026-01-05', 12),
        row(2, '2026-08-03', 9, [{ field: 'date', reason: 'De datum ligt buiten de meetperiode.' }]),
      ],
      { status: 200, body: {} },
    );
    renderInApp(<ImportPointsForm agreementId={agreementId} measure={measure} />);
    chooseFile('2026-01-05;12\n2026-08-03;9');
    expect(await screen.findByText('Fout: De datum ligt buiten de meetperiode.')).toBeTruthy();
    expect(screen.getByText(/1 regel is niet goed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '2 meetpunten importeren' })).toHaveProperty('disabled', true);
    expect(bodies).toEqual([{ csv: '2026-01-05;12\n2026-08-03;9', dryRun: true }]);
  });

  it("imports a valid file, and shows the API's refusal at its row", async () => {
    const bodies = stubImport([row(1, '2026-01-05', 12), row(2, '2026-01-12', 9)], {
      status: 422,
      body: {
        type: 'about:blank',
        title: 'Niet opgeslagen',
        status: 422,
        detail: 'Niet elke rij is goed; er is niets opgeslagen.',
        invalidParams: [
          { name: 'body.csv.2.date', code: 'invalid_row', reason: 'Regel 2: Er is al een meetpunt op 2026-01-12.' },
        ],
      },
    });
    renderInApp(<ImportPointsForm agreementId={agreementId} measure={measure} />);
    chooseFile('2026-01-05;12\n2026-01-12;9');
    const submit = await screen.findByRole('button', { name: '2 meetpunten importeren' });
    expect(screen.getByText('Alle 2 regels zijn goed en kunnen worden geïmporteerd.')).toBeTruthy();
    fireEvent.click(submit);
    expect(await screen.findByText('Fout: Regel 2: Er is al een meetpunt op 2026-01-12.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '2 meetpunten importeren' })).toHaveProperty('disabled', true);
    expect(bodies.map((body) => body.dryRun)).toEqual([true, false]);
  });

  it('confirms how many points were stored', async () => {
    stubImport([row(1, '2026-01-05', 12)], {
      status: 200,
      body: { rows: [row(1, '2026-01-05', 12)], valid: true, stored: true },
    });
    renderInApp(<ImportPointsForm agreementId={agreementId} measure={measure} />);
    chooseFile('2026-01-05;12');
    fireEvent.click(await screen.findByRole('button', { name: '1 meetpunt importeren' }));
    expect(await screen.findByText('1 meetpunt is opgeslagen; de runchart is bijgewerkt.')).toBeTruthy();
  });
});
