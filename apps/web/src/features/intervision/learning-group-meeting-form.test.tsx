import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { LearningGroupMeetingForm } from './components/LearningGroupMeetingForm';

const learningGroupId = '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const methodId = '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const coordinator = { id: '8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Cora Coördinator' };
const partner = { id: '9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Piet Partner' };
const organisation = { id: 'ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'GGD' };
const answers = {
  '/intervision-methods': {
    status: 200,
    body: {
      items: [
        {
          id: methodId,
          code: 'incident',
          name: { nl: 'Incidentmethode', en: 'Incident method' },
          description: { nl: 'Een incident bespreken.', en: 'Discuss an incident.' },
          phases: [],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    },
  },
  [`/learning-groups/${learningGroupId}/session-candidates`]: {
    status: 200,
    body: {
      items: [
        { person: coordinator, organisation, roles: ['coordinator'], mayFacilitate: true },
        { person: partner, organisation, roles: ['partner'], mayFacilitate: true },
      ],
    },
  },
};
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const plan = () => fireEvent.click(screen.getByRole('button', { name: 'Sessie plannen' }));

describe('planning a meeting of a learning group', () => {
  it('asks in Dutch for the method and sends nothing', async () => {
    const fetchStub = stubApi(answers);
    renderInApp(<LearningGroupMeetingForm learningGroupId={learningGroupId} onDone={() => undefined} />);
    await waitFor(() => expect(document.getElementById('group-meeting-method')).not.toBeNull());
    plan();
    await waitFor(() => expect(errorAt('group-meeting-method')).toBe('Kies een van de mogelijkheden.'));
    expect(fetchStub.mock.calls.some(([url]) => String(url).endsWith('/sessions'))).toBe(false);
  });

  it("shows the API's refusal at its field and sends the chosen people", async () => {
    const fetchStub = stubApi({
      ...answers,
      [`/learning-groups/${learningGroupId}/sessions`]: refusal('inbrengerId', 'Geen lid van de leergroep.'),
    });
    renderInApp(<LearningGroupMeetingForm learningGroupId={learningGroupId} onDone={() => undefined} />);
    await waitFor(() => expect(document.getElementById('group-meeting-method')).not.toBeNull());
    change('group-meeting-method', methodId);
    change('group-meeting-date', '2027-01-15');
    change('group-meeting-facilitator', coordinator.id);
    change('group-meeting-inbrenger', partner.id);
    change('group-meeting-note-taker', coordinator.id);
    fireEvent.click(document.getElementById(`group-meeting-participant-${partner.id}`)!);
    plan();
    await waitFor(() => expect(errorAt('group-meeting-inbrenger')).toBe('Geen lid van de leergroep.'));
    const [, init] = fetchStub.mock.calls.find(([url]) => String(url).endsWith('/sessions')) as unknown as [
      string,
      RequestInit,
    ];
    expect(JSON.parse(String(init.body))).toEqual({
      methodId,
      plannedDate: '2027-01-15',
      facilitatorId: coordinator.id,
      inbrengerId: partner.id,
      noteTakerId: coordinator.id,
      participantIds: [partner.id],
    });
  });
});
