import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../../../test/render-app';
import { errorAt, refusal } from '../../../../test/refusal';
import { MeasureForm } from './MeasureForm';

const agreementId = 'bb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const iterationId = 'cb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the measure form', () => {
  it('asks in Dutch for a name, a definition and the periods, with focus on the name', async () => {
    const fetchStub = stubApi({});
    renderInApp(<MeasureForm agreementId={agreementId} iterationId={iterationId} onSaved={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Maat toevoegen' }));
    await waitFor(() => expect(errorAt('measure-new-name')).toBe('Geef de maat een naam van minstens 2 tekens.'));
    expect(errorAt('measure-new-definition')).toBe('Schrijf op wat er precies gemeten wordt.');
    expect(errorAt('measure-new-periodStart')).toBeTruthy();
    expect(document.activeElement?.id).toBe('measure-new-name');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('refuses a baseline outside the measuring period before sending', async () => {
    const fetchStub = stubApi({});
    renderInApp(<MeasureForm agreementId={agreementId} onSaved={() => {}} />);
    change('measure-new-name', 'Dagen tot één plan');
    change('measure-new-definition', 'Werkdagen van aanmelding tot een gedeeld plan.');
    change('measure-new-periodStart', '2026-01-05');
    change('measure-new-periodEnd', '2026-06-29');
    change('measure-new-baselineStart', '2025-12-01');
    change('measure-new-baselineEnd', '2026-03-02');
    fireEvent.click(screen.getByRole('button', { name: 'Maat toevoegen' }));
    await waitFor(() =>
      expect(errorAt('measure-new-baselineStart')).toBe(
        'De basisperiode ligt binnen de meetperiode, met het einde na het begin.',
      ),
    );
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("sends the measure of the iteration with the default rules, and shows the API's refusal at its field", async () => {
    const fetchStub = stubApi({ '/measures': refusal('name', 'Deze naam noemt een persoon.') });
    renderInApp(<MeasureForm agreementId={agreementId} iterationId={iterationId} onSaved={() => {}} />);
    change('measure-new-name', 'Dagen tot één plan');
    change('measure-new-definition', 'Werkdagen van aanmelding tot een gedeeld plan.');
    change('measure-new-unit', 'dagen');
    change('measure-new-betterDirection', 'down');
    change('measure-new-periodStart', '2026-01-05');
    change('measure-new-periodEnd', '2026-06-29');
    change('measure-new-baselineStart', '2026-01-05');
    change('measure-new-baselineEnd', '2026-03-02');
    fireEvent.click(screen.getByRole('button', { name: 'Maat toevoegen' }));
    await waitFor(() => expect(errorAt('measure-new-name')).toBe('Deze naam noemt een persoon.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      agreementId,
      iterationId,
      name: 'Dagen tot één plan',
      definition: 'Werkdagen van aanmelding tot een gedeeld plan.',
      unit: 'dagen',
      betterDirection: 'down',
      ruleSet: 'anhoej',
      periodStart: '2026-01-05',
      periodEnd: '2026-06-29',
      baselineStart: '2026-01-05',
      baselineEnd: '2026-03-02',
      rebaselines: [],
    });
  });
});
