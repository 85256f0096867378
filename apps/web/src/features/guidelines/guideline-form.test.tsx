import type { Lesson, RegistrationGuideline } from '@leerkring/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt } from '../../test/refusal';
import { GuidelineForm } from './components/GuidelineForm';
import { fieldIds } from './guideline-draft';

const teamId = '6f1c1b1e-8a55-4c52-9a7e-3f8f4b6f2a10';
const lesson = {
  id: '7f1c1b1e-8a55-4c52-9a7e-3f8f4b6f2a10',
  text: 'Een diagnose maakt een situatie herkenbaar en helpt niemand verder.',
  theme: 'collaboration',
} as unknown as Lesson;
const inForce = {
  id: '0e0d5d2f-2b0a-4a8e-9d43-6c3b6b1f9c01',
  buildingTeam: { id: teamId, name: 'Bouwteam' },
  version: 1,
  status: 'in-force',
  clauses: [
    {
      field: 'title',
      rule: 'required',
      purpose: { nl: 'Om de casus terug te vinden.', en: 'To find the case again.' },
      retention: '',
      lessonIds: [],
      reasons: { lessons: [], caseCount: 0, sessionCount: 0 },
    },
  ],
  changelog: 'Eerste versie.',
  lessonIds: [],
  inForceSince: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
} as unknown as RegistrationGuideline;

describe('the lessons behind a clause', () => {
  it("are picked per clause, sent with it, and a refusal of one (422) is shown at that clause's lessons", async () => {
    const fetchStub = stubApi({
      '/registration-guidelines': {
        status: 422,
        contentType: 'application/problem+json',
        body: {
          type: 'about:blank',
          title: 'Niet opgeslagen',
          status: 422,
          detail: 'Een veld klopt niet.',
          invalidParams: [
            { name: 'body.clauses.0.lessonIds.0', code: 'custom', reason: 'Deze les is van een ander bouwteam.' },
          ],
        },
      },
    });
    renderInApp(<GuidelineForm buildingTeamId={teamId} source={inForce} lessons={[lesson]} />);
    const titleLessons = document.getElementById(fieldIds.lessonsOf('title'))!;
    fireEvent.click(within(titleLessons).getByRole('checkbox'));
    fireEvent.change(document.getElementById(fieldIds.changelog)!, {
      target: { value: 'De titel volgt uit een les.' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));
    await waitFor(() => expect(errorAt(fieldIds.lessonsOf('title'))).toBe('Deze les is van een ander bouwteam.'));
    const [, init] = fetchStub.mock.calls.find(([url]) =>
      String(url).includes('/registration-guidelines'),
    ) as unknown as [string, RequestInit];
    const body = JSON.parse(String(init.body)) as { clauses: { field: string; lessonIds: string[] }[] };
    expect(body.clauses.find((clause) => clause.field === 'title')?.lessonIds).toEqual([lesson.id]);
  });
});
