import { findIdentifiers, type Agreement, type AgreementVersion, type InvalidParam } from '@leerkring/domain';
import {
  Alert,
  Button,
  Fieldset,
  Heading1,
  Heading2,
  LoadingState,
  Paragraph,
  ProblemAlert,
  TextAreaField,
  TextField,
} from '@leerkring/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { isApiProblem, problemOf } from '../../../lib/api-client';
import { IdentifierFindings, findingsId, refusedId, type Finding } from '../../cases/components/IdentifierFindings';
import { saveVersionText, staleCurrent } from '../api/agreement-changes';
import { agreementQueryOptions, agreementsKeyRoot, agreementVersionQueryOptions } from '../api/agreement-queries';
import { bodyOf, draftOf, isDirty, newClauseId, rebase, type Draft, type DraftClause } from '../draft';
import { versionPath } from '../paths';
import { useCanInAgreementContext } from '../use-agreement-access';
import { ConflictPanel, conflictHeadingId } from './ConflictPanel';

/** Edit a concept: its clauses (titles, texts, order, new and removed ones) and its changelog. */
export function EditVersionPage() {
  const { t } = useTranslation();
  const { agreementId = '', versionId = '' } = useParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  // The editor reads the version once; what others save meanwhile comes back as a conflict, never as a silent reset.
  const version = useQuery({ ...agreementVersionQueryOptions(agreementId, versionId), refetchOnWindowFocus: false });
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.data?.context);
  if (agreement.data && !mayWrite) return <ForbiddenPage />;
  const error = agreement.error ?? version.error;
  const heading = version.data
    ? t('agreements.editor.heading', { number: version.data.number })
    : t('agreements.editor.title');
  return (
    <>
      <PageTitle title={agreement.data ? `${heading} – ${agreement.data.title}` : heading} />
      <Heading1>{heading}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), version.refetch()])} />
      ) : !agreement.data || !version.data ? (
        <LoadingState label={t('common.loading')} />
      ) : version.data.status !== 'concept' ? (
        <Alert type="warning">
          <Paragraph>
            {t('agreements.editor.notAConcept', {
              number: version.data.number,
              status: t(`agreements.status.${version.data.status}`),
            })}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph appearance="lead">{agreement.data.title}</Paragraph>
          <VersionEditor key={version.data.id} agreement={agreement.data} version={version.data} />
        </>
      )}
      <BackLink to={versionPath(agreementId, versionId)} label={t('agreements.backToVersion')} />
    </>
  );
}

interface Conflict {
  /** The version as stored now, from the 412. */
  theirs: AgreementVersion;
  /** The text the person started from. */
  readAs: Draft;
}

interface Resolution {
  how: 'reapplied' | 'kept-mine' | 'discarded-mine';
  theirs: AgreementVersion;
  bothChanged: string[];
  changelogBothChanged: boolean;
}

const resolutionId = 'conflict-resolution';
const titleId = (clauseId: string) => `clause-${clauseId}-title`;
const textId = (clauseId: string) => `clause-${clauseId}-text`;
const changelogId = 'version-changelog';

/** Per field id, the API's reasons and identifier findings, placed at the clause they were sent for. */
function refusalsOf(error: unknown, submitted: Draft | null) {
  const reasons: Record<string, string> = {};
  const findings: Record<string, Finding[]> = {};
  const unplaced: InvalidParam[] = [];
  if (!isApiProblem(error) || error.status === 412) return { reasons, findings, unplaced };
  for (const param of error.problem.invalidParams ?? []) {
    const match = /^body\.(?:clauses\.(\d+)\.(title|text)|(changelog))$/.exec(param.name);
    const clause = match?.[1] !== undefined ? submitted?.clauses[Number(match[1])] : undefined;
    const field = match?.[3]
      ? changelogId
      : clause
        ? match?.[2] === 'title'
          ? titleId(clause.id)
          : textId(clause.id)
        : undefined;
    if (!field) {
      unplaced.push(param);
      continue;
    }
    if (param.kind !== undefined && param.start !== undefined && param.end !== undefined) {
      (findings[field] ??= []).push({ kind: param.kind, start: param.start, end: param.end });
    } else {
      reasons[field] ??= param.reason;
    }
  }
  return { reasons, findings, unplaced };
}

/** The text of a field as it was sent, to know whether the API's positions still point at it. */
function submittedText(submitted: Draft | null, field: string): string | undefined {
  if (!submitted) return undefined;
  if (field === changelogId) return submitted.changelog;
  for (const clause of submitted.clauses) {
    if (field === titleId(clause.id)) return clause.title;
    if (field === textId(clause.id)) return clause.text;
  }
  return undefined;
}

function VersionEditor({ agreement, version }: { agreement: Agreement; version: AgreementVersion }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // `base` is what the draft was read as: its revision goes along as If-Match.
  const [base, setBase] = useState(version);
  const [draft, setDraft] = useState(() => draftOf(version));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [submitted, setSubmitted] = useState<Draft | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const save = useMutation({
    mutationFn: (sent: Draft) =>
      saveVersionText({
        agreementId: agreement.id,
        versionId: version.id,
        revision: base.revision,
        body: bodyOf(sent),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agreementVersionQueryOptions(agreement.id, saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
      await navigate(`${versionPath(agreement.id, saved.id)}?opgeslagen=1`);
    },
    onError: (error) => {
      const current = staleCurrent(error);
      if (!current) return;
      setConflict({ theirs: current, readAs: draftOf(base) });
      setResolution(null);
      setFocusId(conflictHeadingId);
    },
  });

  const resolve = (how: Resolution['how']) => {
    if (!conflict) return;
    const theirs = draftOf(conflict.theirs);
    let next = draft;
    let bothChanged: string[] = [];
    let changelogBothChanged = false;
    if (how === 'reapplied') {
      const rebased = rebase({ base: conflict.readAs, mine: draft, theirs });
      ({ bothChanged, changelogBothChanged } = rebased);
      next = rebased.draft;
    } else if (how === 'discarded-mine') {
      next = theirs;
    }
    setBase(conflict.theirs);
    setDraft(next);
    setResolution({ how, theirs: conflict.theirs, bothChanged, changelogBothChanged });
    setConflict(null);
    save.reset();
    setFocusId(resolutionId);
  };

  // What points at a person is marked while typing, as in the case form; saving waits until it is gone.
  const deferred = useDeferredValue(draft);
  const liveFindings = useMemo(() => {
    const found: Record<string, Finding[]> = {};
    const check = (field: string, text: string) => {
      const result = findIdentifiers(text);
      if (result.length > 0) found[field] = result;
    };
    for (const clause of deferred.clauses) {
      check(titleId(clause.id), clause.title);
      check(textId(clause.id), clause.text);
    }
    check(changelogId, deferred.changelog);
    return found;
  }, [deferred]);
  const findingCount = Object.values(liveFindings).reduce((sum, list) => sum + list.length, 0);
  const refused = refusalsOf(save.error, submitted);

  const update = (clauseId: string, change: Partial<DraftClause>) =>
    setDraft((current) => ({
      ...current,
      clauses: current.clauses.map((clause) => (clause.id === clauseId ? { ...clause, ...change } : clause)),
    }));
  const nameOf = (clause: DraftClause, index: number) =>
    t('agreements.clauses.numbered', { number: index + 1, title: clause.title || t('agreements.clauses.untitled') });

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const clause = draft.clauses[index];
    if (!clause || to < 0 || to >= draft.clauses.length) return;
    const clauses = [...draft.clauses];
    clauses.splice(index, 1);
    clauses.splice(to, 0, clause);
    setDraft({ ...draft, clauses });
    // Focus stays on the button pressed, or on the other one when the clause reached the top or the bottom.
    const atEdge = (by === -1 && to === 0) || (by === 1 && to === clauses.length - 1);
    setFocusId(`clause-${clause.id}-${(by === -1) !== atEdge ? 'up' : 'down'}`);
    setAnnouncement(
      t('agreements.editor.moved', {
        title: clause.title || t('agreements.clauses.untitled'),
        position: to + 1,
        count: clauses.length,
      }),
    );
  };
  const remove = (index: number) => {
    const clause = draft.clauses[index];
    if (!clause) return;
    const clauses = draft.clauses.filter((_, at) => at !== index);
    setDraft({ ...draft, clauses });
    const next = clauses[index] ?? clauses[index - 1];
    setFocusId(next ? titleId(next.id) : 'clause-add');
    setAnnouncement(t('agreements.editor.removed', { title: clause.title || t('agreements.clauses.untitled') }));
  };
  const add = () => {
    const id = newClauseId(draft.clauses);
    setDraft({ ...draft, clauses: [...draft.clauses, { id, title: '', text: '', lessonIds: [] }] });
    setFocusId(titleId(id));
    setAnnouncement(t('agreements.editor.added', { number: draft.clauses.length + 1 }));
  };

  /** A text field with what was found in it while typing and what the API refused for the text as it was sent. */
  const textField = ({
    id,
    label,
    value,
    onChange,
    multiline,
    description,
    required,
  }: {
    id: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
    multiline?: boolean;
    description?: ReactNode;
    required?: boolean;
  }) => {
    const local = liveFindings[id] ?? [];
    const fromServer = submittedText(submitted, id) === value ? (refused.findings[id] ?? []) : [];
    const hintIds =
      [local.length > 0 ? findingsId(id) : null, fromServer.length > 0 ? refusedId(id) : null]
        .filter(Boolean)
        .join(' ') || undefined;
    const after = (
      <>
        <IdentifierFindings id={findingsId(id)} fieldId={id} text={value} findings={local} />
        <IdentifierFindings id={refusedId(id)} fieldId={id} text={value} findings={fromServer} fromServer />
      </>
    );
    const error = refused.reasons[id];
    if (multiline) {
      return (
        <TextAreaField
          id={id}
          label={label}
          description={description}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={error}
          required={required}
          aria-invalid={local.length + fromServer.length > 0 || error ? true : undefined}
          extraDescribedBy={hintIds}
          rows={4}
          after={after}
        />
      );
    }
    return (
      <div>
        <TextField
          id={id}
          label={label}
          description={description}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={
            error ??
            (local.length + fromServer.length > 0
              ? t('privacy.found', { count: local.length + fromServer.length })
              : undefined)
          }
          required={required}
          maxLength={200}
        />
        {after}
      </div>
    );
  };

  const otherProblem =
    save.error && !conflict && !(isApiProblem(save.error) && save.error.status === 412) ? problemOf(save.error) : null;
  const dirty = isDirty(draftOf(base), draft);

  return (
    <>
      <p role="status" aria-live="polite" className="lk-visually-hidden">
        {announcement}
      </p>
      {conflict ? (
        <ConflictPanel
          theirs={conflict.theirs}
          readAs={conflict.readAs}
          mine={draft}
          onReapply={() => resolve('reapplied')}
          onKeepMine={() => resolve('kept-mine')}
          onDiscardMine={() => resolve('discarded-mine')}
        />
      ) : null}
      {resolution ? <ResolutionNotice resolution={resolution} /> : null}
      <form
        noValidate
        className="lk-form lk-agreement-editor"
        aria-labelledby="editor-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (conflict) return;
          setSubmitted(draft);
          save.mutate(draft);
        }}
      >
        <Heading2 id="editor-form-heading">{t('agreements.editor.formHeading')}</Heading2>
        <Paragraph className="lk-hint">{t('agreements.editor.revision', { revision: base.revision })}</Paragraph>
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
            {textField({
              id: titleId(clause.id),
              label: t('agreements.editor.clauseTitle'),
              value: clause.title,
              onChange: (title) => update(clause.id, { title }),
            })}
            {textField({
              id: textId(clause.id),
              label: t('agreements.editor.clauseText'),
              value: clause.text,
              onChange: (text) => update(clause.id, { text }),
              multiline: true,
              required: true,
            })}
            <div className="lk-actions lk-clause-edit__actions">
              <Button
                id={`clause-${clause.id}-up`}
                type="button"
                appearance="subtle-button"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('agreements.editor.up')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
              <Button
                id={`clause-${clause.id}-down`}
                type="button"
                appearance="subtle-button"
                disabled={index === draft.clauses.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('agreements.editor.down')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
              <Button
                id={`clause-${clause.id}-remove`}
                type="button"
                appearance="subtle-button"
                hint="danger"
                onClick={() => remove(index)}
              >
                {t('agreements.editor.remove')}
                <span className="lk-visually-hidden">: {nameOf(clause, index)}</span>
              </Button>
            </div>
          </Fieldset>
        ))}
        <Paragraph>
          <Button id="clause-add" type="button" appearance="secondary-action-button" onClick={add}>
            {t('agreements.editor.add')}
          </Button>
        </Paragraph>
        {textField({
          id: changelogId,
          label: t('agreements.changelog'),
          description: t('agreements.editor.changelogDescription'),
          value: draft.changelog,
          onChange: (changelog) => setDraft((current) => ({ ...current, changelog })),
          multiline: true,
        })}
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
            {dirty ? t('agreements.editor.cancelUnsaved') : t('agreements.editor.cancel')}
          </TextLink>
        </div>
      </form>
    </>
  );
}

/** What happened to the conflict, and, where both changed a clause, the other's text beside the person's. */
function ResolutionNotice({ resolution }: { resolution: Resolution }) {
  const { t } = useTranslation();
  const theirs = draftOf(resolution.theirs);
  const titleOf = (id: string) => theirs.clauses.find((clause) => clause.id === id)?.title || id;
  return (
    <Alert type="info">
      <div id={resolutionId} tabIndex={-1}>
        <Paragraph>
          {t(`agreements.conflict.resolved.${resolution.how}`, { revision: resolution.theirs.revision })}
        </Paragraph>
        {resolution.bothChanged.length > 0 || resolution.changelogBothChanged ? (
          <>
            <Paragraph>
              {t('agreements.conflict.resolved.bothChanged', {
                titles: [
                  ...resolution.bothChanged.map(titleOf),
                  ...(resolution.changelogBothChanged ? [t('agreements.changelog')] : []),
                ].join(', '),
              })}
            </Paragraph>
            <details>
              <summary>{t('agreements.conflict.resolved.theirText')}</summary>
              {resolution.bothChanged.map((id) => {
                const clause = theirs.clauses.find((item) => item.id === id);
                return (
                  <div key={id}>
                    <p className="lk-clause__title">{titleOf(id)}</p>
                    <p className="lk-pre-wrap">{clause ? clause.text : t('agreements.conflict.theirs.removed')}</p>
                  </div>
                );
              })}
              {resolution.changelogBothChanged ? (
                <div>
                  <p className="lk-clause__title">{t('agreements.changelog')}</p>
                  <p className="lk-pre-wrap">{theirs.changelog}</p>
                </div>
              ) : null}
            </details>
          </>
        ) : null}
      </div>
    </Alert>
  );
}
