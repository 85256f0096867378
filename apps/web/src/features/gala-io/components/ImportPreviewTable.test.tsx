import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { ImportPreviewTable } from './ImportPreviewTable';
import { UploadProgress } from './UploadProgress';

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the preview of an import', () => {
  afterEach(async () => {
    await changeLanguage('nl');
  });

  it('lists every wrong row by sheet, row, column and reason, and says nothing is stored', () => {
    render(
      <ImportPreviewTable
        report={{
          rows: 10,
          plans: [],
          errors: [
            { sheet: 'Begroting', row: 3, column: 'Begroot (€)', code: 'invalid-cell', message: 'Vul een bedrag in.' },
            { sheet: 'Mijlpalen', row: null, column: null, code: 'missing-sheet', message: 'Het tabblad ontbreekt.' },
          ],
        }}
      />,
    );
    expect(screen.getByText(/heeft 2 fouten\. Er wordt niets opgeslagen/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Fouten per regel' });
    expect(rowsOf(table)).toEqual([
      ['Begroting', '3', 'Begroot (€)', 'Vul een bedrag in.'],
      ['Mijlpalen', '—', '—', 'Het tabblad ontbreekt.'],
    ]);
  });

  it('shows per plan what a valid file creates or replaces, in English too', async () => {
    await changeLanguage('en');
    render(
      <ImportPreviewTable
        report={{
          rows: 5000,
          errors: [],
          plans: [
            {
              planId: null,
              municipality: { id: '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Gemeente Aalten' },
              change: 'create',
              budgetLines: 12,
              milestones: 180,
              actions: 363,
            },
            { planId: null, municipality: null, change: 'replace', budgetLines: 1, milestones: 0, actions: 2 },
          ],
        }}
      />,
    );
    expect(screen.getByText('All 5000 rows are valid. Importing changes 2 plans:')).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: 'What the import does' }))).toEqual([
      ['Gemeente Aalten', 'new plan', '12', '180', '363'],
      ['Region as a whole', 'budget, milestones and actions replaced', '1', '0', '2'],
    ]);
  });

  it('shows the upload progress as a progress bar', () => {
    const { rerender } = render(<UploadProgress progress={{ stage: 'sending', percent: 40 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Bestand versturen: 40%' });
    expect(bar.getAttribute('value')).toBe('40');
    rerender(<UploadProgress progress={{ stage: 'processing' }} />);
    expect(screen.getByRole('progressbar', { name: 'Regels controleren…' }).hasAttribute('value')).toBe(false);
  });
});
