import type { SystemObstacle } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { NewLessonForm } from './components/NewLessonForm';
import { ObstacleEscalation } from './components/ObstacleEscalation';

const buildingTeamId = '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the new lesson form', () => {
  it('asks in Dutch for a lesson of 10 characters and a theme, with focus on the lesson', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NewLessonForm buildingTeamId={buildingTeamId} sessionId={null} />);
    change('lesson-text', 'Kort');
    fireEvent.click(screen.getByRole('button', { name: 'Les vastleggen' }));
    await waitFor(() => expect(errorAt('lesson-text')).toBe('Beschrijf de les in minstens 10 tekens.'));
    expect(errorAt('lesson-theme')).toBe('Kies een van de mogelijkheden.');
    expect(document.activeElement?.id).toBe('lesson-text');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('/lessons'))).toBe(false);
  });

  it("shows the API's refusal at its field", async () => {
    const fetchStub = stubApi({ '/lessons': refusal('theme', 'Dit thema bestaat niet meer.') });
    renderInApp(<NewLessonForm buildingTeamId={buildingTeamId} sessionId="8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10" />);
    change('lesson-text', 'Een warme overdracht werkt beter dan een brief.');
    const theme = document.getElementById('lesson-theme') as HTMLSelectElement;
    change('lesson-theme', theme.options[1]!.value);
    fireEvent.click(screen.getByRole('button', { name: 'Les vastleggen' }));
    await waitFor(() => expect(errorAt('lesson-theme')).toBe('Dit thema bestaat niet meer.'));
    const [, init] = fetchStub.mock.calls.find(([url]) => String(url).includes('/lessons')) as unknown as [
      string,
      RequestInit,
    ];
    expect(JSON.parse(String(init.body))).toMatchObject({
      buildingTeamId,
      sessionIds: ['8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10'],
      followUp: 'none',
    });
  });
});

const obstacle = {
  id: '9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  title: 'Wachtlijst jeugd-ggz',
  escalationStatus: 'open',
} as SystemObstacle;
const escalationId = `obstacle-${obstacle.id}-escalation`;

describe('escalating an obstacle', () => {
  it('holds back the status it already has, in Dutch at the field', async () => {
    const fetchStub = stubApi({});
    renderInApp(<ObstacleEscalation obstacle={obstacle} />);
    // The next step is offered first.
    expect((document.getElementById(escalationId) as HTMLSelectElement).value).toBe('escalated');
    change(escalationId, 'open');
    fireEvent.click(screen.getByRole('button', { name: /^Status opslaan/ }));
    await waitFor(() => expect(errorAt(escalationId)).toBe('De status is al open. Kies een andere status.'));
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at the field", async () => {
    stubApi({ [`/system-obstacles/${obstacle.id}`]: refusal('escalationStatus', 'Niet toegestaan.') });
    renderInApp(<ObstacleEscalation obstacle={obstacle} />);
    change(escalationId, 'parked');
    fireEvent.click(screen.getByRole('button', { name: /^Status opslaan/ }));
    await waitFor(() => expect(errorAt(escalationId)).toBe('Niet toegestaan.'));
  });
});
