import type { Agreement } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../../test/render-app';
import { errorAt, refusal } from '../../../test/refusal';
import { ChooseVersions } from './ComparePage';
import { ClauseProposalForm } from './LessonProposal';

const agreementId = '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const versionId = '1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const lessonId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const version = { id: versionId, number: '1.0', status: 'adopted' };
const agreement = {
  id: agreementId,
  title: 'Samenwerkingsafspraken',
  latestVersion: version,
  versionInForce: version,
} as unknown as Agreement;
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const propose = () => fireEvent.click(screen.getByRole('button', { name: 'Voorstel in het concept zetten' }));

describe('a clause change proposed from a lesson', () => {
  it('asks in Dutch for the text, with focus on it, and sends nothing', async () => {
    const fetchStub = stubApi({});
    renderInApp(
      <ClauseProposalForm source={{ kind: 'lesson', id: lessonId }} agreements={[agreement]} labelledBy="x" />,
    );
    propose();
    await waitFor(() => expect(errorAt('proposal-text')).toBe('Vul dit in.'));
    expect(document.activeElement?.id).toBe('proposal-text');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('lesson-proposals'))).toBe(false);
  });

  it("shows the API's refusal at its field", async () => {
    const fetchStub = stubApi({
      [`/agreements/${agreementId}/lesson-proposals`]: refusal('title', 'Deze titel is te lang.'),
    });
    renderInApp(
      <ClauseProposalForm source={{ kind: 'lesson', id: lessonId }} agreements={[agreement]} labelledBy="x" />,
    );
    change('proposal-title', 'Warme overdracht');
    change('proposal-text', 'We dragen warm over.');
    propose();
    await waitFor(() => expect(errorAt('proposal-title')).toBe('Deze titel is te lang.'));
    const [, init] = fetchStub.mock.calls.find(([url]) => String(url).includes('lesson-proposals')) as unknown as [
      string,
      RequestInit,
    ];
    expect(JSON.parse(String(init.body))).toEqual({
      lessonId,
      title: 'Warme overdracht',
      text: 'We dragen warm over.',
    });
  });
});

describe('choosing two versions to compare', () => {
  it('asks in Dutch for the version to compare with, with focus on it', async () => {
    stubApi({});
    const versions = [
      { ...version, basedOnVersionId: null },
      { ...version, id: lessonId, number: '1.1', status: 'concept', basedOnVersionId: versionId },
    ] as unknown as Parameters<typeof ChooseVersions>[0]['versions'];
    renderInApp(<ChooseVersions agreementId={agreementId} versions={versions} fromId={undefined} toId={lessonId} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));
    await waitFor(() => expect(errorAt('compare-from')).toBe('Kies een van de mogelijkheden.'));
    expect(document.activeElement?.id).toBe('compare-from');
  });
});
