import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { GroupLessonForm } from './components/GroupLessonForm';

const learningGroupId = '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const meeting = { id: '8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', label: 'Incidentmethode, 15 januari 2027' };
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Les vastleggen' }));

describe("recording a learning group's lesson", () => {
  it('asks in Dutch for a lesson of 10 characters and a theme, and sends nothing', async () => {
    const fetchStub = stubApi({});
    renderInApp(<GroupLessonForm learningGroupId={learningGroupId} meetings={[meeting]} />);
    change('group-lesson-text', 'Kort');
    submit();
    await waitFor(() => expect(errorAt('group-lesson-text')).toBe('Beschrijf de les in minstens 10 tekens.'));
    expect(errorAt('group-lesson-theme')).toBe('Kies een van de mogelijkheden.');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at its field and sends the meeting it came from", async () => {
    const fetchStub = stubApi({
      [`/learning-groups/${learningGroupId}/lessons`]: refusal('text', 'Deze tekst lijkt een naam te bevatten.'),
    });
    renderInApp(<GroupLessonForm learningGroupId={learningGroupId} meetings={[meeting]} />);
    change('group-lesson-text', 'Samen plannen met het sociaal team werkt beter.');
    const theme = document.getElementById('group-lesson-theme') as HTMLSelectElement;
    change('group-lesson-theme', theme.options[1]!.value);
    fireEvent.click(document.getElementById(`group-lesson-session-${meeting.id}`)!);
    submit();
    await waitFor(() => expect(errorAt('group-lesson-text')).toBe('Deze tekst lijkt een naam te bevatten.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ sessionIds: [meeting.id], dimensions: [] });
  });
});
