import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../../lib/api-client';
import { defaultRuleDraft } from '../agreement-values';
import { AgreementForm } from './AgreementForm';

const empty = { title: '', scope: '', rule: defaultRuleDraft, changelog: '' };

function renderForm(error: unknown = null) {
  const onSubmit = vi.fn();
  render(
    <AgreementForm
      idPrefix="t"
      label="Nieuwe afspraak"
      initial={empty}
      withChangelog
      submitLabel="Afspraak starten"
      pending={false}
      error={error}
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

describe('AgreementForm: the decision rule in words, sent as the API reads it', () => {
  it('offers the three rules as a radio group, with 67 % as the share of the default rule', () => {
    renderForm();
    const group = screen.getByRole('group', { name: 'Besluitregel: wanneer is een voorstel aangenomen?' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect((screen.getByRole('radio', { name: /^Geen open bezwaar, en een deel/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (screen.getByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)') as HTMLInputElement).value,
    ).toBe('67');
  });

  it('sends a qualified majority of 75 % as a share of 0.75, and the unanimity rule without a share field', async () => {
    const onSubmit = renderForm();
    fireEvent.change(screen.getByLabelText('Titel (verplicht)'), { target: { value: 'Afspraken over de zomer' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Gekwalificeerde meerderheid/ }));
    fireEvent.change(screen.getByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)'), {
      target: { value: '75' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak starten' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Afspraken over de zomer' }), {
        kind: 'qualified-majority',
        share: 0.75,
      }),
    );

    fireEvent.click(screen.getByRole('radio', { name: /^Unanimiteit van wie niet afziet/ }));
    expect(screen.queryByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak starten' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenLastCalledWith(expect.anything(), { kind: 'unanimity-of-participants' }),
    );
  });

  it('holds back a share above 100 and says so at the field, with focus there', async () => {
    const onSubmit = renderForm();
    fireEvent.change(screen.getByLabelText('Titel (verplicht)'), { target: { value: 'Afspraken over de zomer' } });
    const share = screen.getByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)');
    fireEvent.change(share, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak starten' }));
    await waitFor(() => expect(share.getAttribute('aria-invalid')).toBe('true'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.getElementById(share.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      'Geef een percentage groter dan 0 en hoogstens 100.',
    );
    expect(document.activeElement).toBe(share);
  });

  it('holds back a title shorter than the domain allows, in Dutch at the field and with focus there first', async () => {
    const onSubmit = renderForm();
    const title = screen.getByLabelText('Titel (verplicht)');
    fireEvent.change(title, { target: { value: 'Ab' } });
    fireEvent.change(screen.getByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)'), {
      target: { value: '120' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak starten' }));
    await waitFor(() =>
      expect(document.getElementById('t-title-error')?.textContent).toBe(
        'Geef de afspraak een titel van minstens 3 tekens.',
      ),
    );
    expect(document.activeElement).toBe(title);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the reasons of a refusal at the fields: the title, and the rule during a consent round', () => {
    renderForm(
      new ApiProblem({
        kind: 'problem',
        problem: {
          type: 'about:blank',
          title: 'Instemmingsronde loopt',
          status: 409,
          detail: 'Over versie 0.4 loopt een instemmingsronde.',
          invalidParams: [
            { name: 'body.title', reason: 'Geef de afspraak een titel van minstens 3 tekens.' },
            { name: 'body.decisionRule', reason: 'Niet tijdens een instemmingsronde.' },
          ],
        },
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Over versie 0.4 loopt een instemmingsronde.');
    const title = screen.getByLabelText('Titel (verplicht)');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('t-title-error')?.textContent).toBe(
      'Geef de afspraak een titel van minstens 3 tekens.',
    );
    const group = screen.getByRole('group', { name: 'Besluitregel: wanneer is een voorstel aangenomen?' });
    expect(group.getAttribute('aria-describedby')).toContain('t-rule-error');
    expect(document.getElementById('t-rule-error')?.textContent).toBe('Niet tijdens een instemmingsronde.');
  });

  it('marks a BSN in the scope while typing and holds back sending', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Waar gaat de afspraak over?'), { target: { value: 'Over BSN 111222333' } });
    expect(
      screen.getByText(
        'Haal eerst weg wat naar een persoon verwijst; een afspraak gaat over samenwerking, nooit over een persoon.',
      ),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Afspraak starten' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
