import type { IntervisionSession } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { usePostSessionNote } from './api/session-mutations';
import { NewAction } from './components/SessionActions';
import { TextForm } from './components/TextForm';

const sessionId = '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const ownerId = '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const session = {
  id: sessionId,
  roles: [{ person: { id: ownerId, name: 'Ilse Inbrenger' }, roles: ['inbrenger'] }],
} as unknown as IntervisionSession;
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

function NoteForm() {
  const post = usePostSessionNote(sessionId);
  return <TextForm id="session-note" label="Notitie" submitLabel="Notitie plaatsen" save={post} />;
}

describe('a text posted in a session', () => {
  it('asks in Dutch for a text, with focus on it, and sends nothing', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NoteForm />);
    change('session-note', '   ');
    fireEvent.click(screen.getByRole('button', { name: 'Notitie plaatsen' }));
    await waitFor(() => expect(errorAt('session-note')).toBe('Vul dit in.'));
    expect(document.activeElement?.id).toBe('session-note');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at the text", async () => {
    stubApi({ [`/intervision-sessions/${sessionId}/notes`]: refusal('text', 'Deze fase is voorbij.') });
    renderInApp(<NoteForm />);
    change('session-note', 'We spreken af de wijkagent te bellen.');
    fireEvent.click(screen.getByRole('button', { name: 'Notitie plaatsen' }));
    await waitFor(() => expect(errorAt('session-note')).toBe('Deze fase is voorbij.'));
  });
});

describe('a new action', () => {
  it('asks in Dutch for what and when, with focus on what', async () => {
    const fetchStub = stubApi({});
    renderInApp(<NewAction session={session} />);
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(errorAt('action-what')).toBe('Vul dit in.'));
    expect(errorAt('action-due')).toBe('Geef een datum.');
    expect(document.activeElement?.id).toBe('action-what');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it("shows the API's refusal at its field and sends the owner chosen", async () => {
    const fetchStub = stubApi({
      [`/intervision-sessions/${sessionId}/actions`]: refusal('ownerId', 'Deze persoon doet niet mee.'),
    });
    renderInApp(<NewAction session={session} />);
    change('action-what', 'De wijkagent bellen.');
    change('action-owner', ownerId);
    change('action-due', '2026-06-01');
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(errorAt('action-owner')).toBe('Deze persoon doet niet mee.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ what: 'De wijkagent bellen.', ownerId, dueDate: '2026-06-01' });
  });
});
