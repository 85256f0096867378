import type { Agreement, AgreementVersion } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../../../test/render-app';
import { errorAt, refusal } from '../../../../test/refusal';
import { NewIterationForm } from './NewIterationForm';

const version = {
  id: 'ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  number: '1.0',
  status: 'in-force',
  clauses: [],
} as unknown as AgreementVersion;
const agreement = { id: 'bb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', versionInForce: version } as unknown as Agreement;
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the new iteration form', () => {
  it('asks in Dutch for a title and a question, with focus on the title', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NewIterationForm agreement={agreement} versions={[version]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Iteratie beginnen' }));
    await waitFor(() => expect(errorAt('iteration-title')).toBe('Geef de iteratie een titel van minstens 3 tekens.'));
    expect(errorAt('iteration-question')).toBe('Schrijf op wat jullie willen leren.');
    expect(document.activeElement?.id).toBe('iteration-title');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at its field, and leaves out a start date left empty", async () => {
    const fetchStub = stubApi({
      [`/agreements/${agreement.id}/iterations`]: refusal('question', 'Deze vraag is al eens gesteld.'),
    });
    renderInApp(<NewIterationForm agreement={agreement} versions={[version]} />);
    change('iteration-title', 'Terugbellen binnen een dag');
    change('iteration-question', 'Lukt het om elke melding binnen een werkdag terug te bellen?');
    fireEvent.click(screen.getByRole('button', { name: 'Iteratie beginnen' }));
    await waitFor(() => expect(errorAt('iteration-question')).toBe('Deze vraag is al eens gesteld.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ versionId: version.id, title: 'Terugbellen binnen een dag', clauseIds: [] });
    expect('startDate' in body).toBe(false);
  });
});
