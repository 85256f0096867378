import type { Agreement, AgreementVersion } from '@leerkring/domain';
import { Button, Fieldset, Heading2, Paragraph, ProblemAlert } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { GuardedTextField } from '../../../components/GuardedTextField';
import { TextLink } from '../../../components/TextLink';
import { isApiProblem, problemOf } from '../../../lib/api-client';
import type { DraftClause } from '../draft';
import { refusalsOf, submittedText } from '../editor-refusals';
import { versionPath } from '../paths';
import { useVersionEditor } from '../use-version-editor';
import { changelogId, textId, titleId, type Announcement } from '../version-editor';
import { ConflictPanel } from './ConflictPanel';
import { ResolutionNotice } from './ResolutionNotice';

/** Edit a concept's clauses and changelog; a stale save opens the conflict panel instead of overwriting. */
export function VersionEditor({ agreement, version }: { agreement: Agreement; version: AgreementVersion }) {
  const { t } = useTranslation();
  const editor = useVersionEditor({ agreement, version });
  const { state, dispatch, save, liveFindings, findingCount } = editor;
  const { draft, conflict, submitted } = state;
  const refused = refusalsOf(save.error, submitted);
  /** A guarded text's findings and refusal: the API's findings only while the text is as it was sent. */
  const guarded = (id: string, value: string) => ({
    id,
    value,
    local: liveFindings[id] ?? [],
    fromServer: submittedText(submitted, id) === value ? (refused.findings[id] ?? []) : [],
    error: refused.reasons[id],
  });
  const untitled = (title: string) => title || t('agreements.clauses.untitled');
  const nameOf = (clause: DraftClause, index: number) =>
    t('agreements.clauses.numbered', { number: index + 1, title: untitled(clause.title) });
  const announce = (announcement: Announcement | null): string => {
    if (!announcement) return '';
    switch (announcement.kind) {
      case 'moved':
        return t('agreements.editor.moved', {
          title: untitled(announcement.title),
          position: announcement.position,
          count: announcement.count,
        });
      case 'removed':
        return t('agreements.editor.removed', { title: untitled(announcement.title) });
      case 'added':
        return t('agreements.editor.added', { number: announcement.number });
    }
  };
  const otherProblem =
    save.error && !conflict && !(isApiProblem(save.error) && save.error.status === 412) ? problemOf(save.error) : null;

  return (
    <>
      <p role="status" aria-live="polite" className="lk-visually-hidden">
        {announce(state.announcement)}
      </p>
      {conflict ? (
        <ConflictPanel
          theirs={conflict.theirs}
          readAs={conflict.readAs}
          mine={draft}
          onReapply={() => editor.resolve('reapplied')}
          onKeepMine={() => editor.resolve('kept-mine')}
          onDiscardMine={() => editor.resolve('discarded-mine')}
        />
      ) : null}
      {state.resolution ? <ResolutionNotice resolution={state.resolution} /> : null}
      <form
        noValidate
        className="lk-form lk-agreement-editor"
        aria-labelledby="editor-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          editor.submit();
        }}
      >
        <Heading2 id="editor-form-heading">{t('agreements.editor.formHeading')}</Heading2>
        <Paragraph className="lk-hint">{t('agreements.editor.revision', { revision: state.base.revision })}</Paragraph>
        {otherProblem ? (
          <ProblemAlert
            title={otherProblem.title}
            detail={otherProblem.detail}
            fields={refused.unplaced}
            fieldsLabel={t('problem.fieldsLabel')}
            headingLevel={2}
          />
        ) : null}
        {draft.clauses.length === 0 ? <Paragraph>{t('agreements.clauses.empty')}</Paragraph> : null}
        {draft.clauses.map((clause, index) => (
          <Fieldset
            key={clause.id}
            id={`clause-${clause.id}`}
            legend={t('agreements.editor.clauseLegend', { number: index + 1 })}
            description={
              clause.lessonIds.length > 0
                ? t('agreements.editor.linkedLessons', { count: clause.lessonIds.length })
                : undefined
            }
          >
            <GuardedTextField
              {...guarded(titleId(clause.id), clause.title)}
              label={t('agreements.editor.clauseTitle')}
              onChange={(title) => dispatch({ type: 'edit-clause', clauseId: clause.id, change: { title } })}
              maxLength={200}
            />
            <GuardedTextField
              {...guarded(textId(clause.id), clause.text)}
              label={t('agreements.editor.clauseText')}
              onChange={(text) => dispatch({ type: 'edit-clause', clauseId: clause.id, change: { text } })}
              multiline
              rows={4}
              required
            />
            <div className="lk-actions lk-clause-edit__actions">
              <Button
                id={`clause-${clause.id}-up`}
                type="button"
                appearance="subtle-button"
                disabled={index === 0}
                onClick={() => dispatch({ type: 'move', index, by: -1 })}
              >
                {t('agreements.editor.up')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
              <Button
                id={`clause-${clause.id}-down`}
                type="button"
                appearance="subtle-button"
                disabled={index === draft.clauses.length - 1}
                onClick={() => dispatch({ type: 'move', index, by: 1 })}
              >
                {t('agreements.editor.down')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
              <Button
                id={`clause-${clause.id}-remove`}
                type="button"
                appearance="subtle-button"
                hint="danger"
                onClick={() => dispatch({ type: 'remove', index })}
              >
                {t('agreements.editor.remove')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
            </div>
          </Fieldset>
        ))}
        <Paragraph>
          <Button id="clause-add" type="button" appearance="secondary-action-button" onClick={editor.addClause}>
            {t('agreements.editor.add')}
          </Button>
        </Paragraph>
        <GuardedTextField
          {...guarded(changelogId, draft.changelog)}
          label={t('agreements.changelog')}
          description={t('agreements.editor.changelogDescription')}
          onChange={(changelog) => dispatch({ type: 'edit-changelog', changelog })}
          multiline
          rows={4}
        />
        {findingCount > 0 ? (
          <p id="editor-submit-blocked" className="lk-field-error">
            {t('privacy.blocked', { count: findingCount })}
          </p>
        ) : conflict ? (
          <p id="editor-submit-blocked" className="lk-field-error">
            {t('agreements.editor.resolveFirst')}
          </p>
        ) : null}
        <div className="lk-actions">
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={save.isPending || findingCount > 0 || conflict !== null}
            aria-describedby={findingCount > 0 || conflict ? 'editor-submit-blocked' : undefined}
          >
            {t('common.save')}
          </Button>
          <TextLink to={versionPath(agreement.id, version.id)}>
            {editor.dirty ? t('agreements.editor.cancelUnsaved') : t('agreements.editor.cancel')}
          </TextLink>
        </div>
      </form>
    </>
  );
}
