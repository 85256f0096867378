import {
  applySessionCommand,
  commandIntervisionSession,
  createIntervisionAction,
  createIntervisionInput,
  createIntervisionNote,
  findIdentifiers,
  mayPostInput,
  phaseTiming,
  updateIntervisionAction,
  visibleInputs,
  type ActionStatus,
  type IntervisionAction,
  type IntervisionSession,
  type SessionCommand,
  type SessionProgress,
  type SessionRefusal,
  type SessionText,
} from '@leerkring/domain';
import {
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '@leerkring/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { callApi, isApiProblem } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { IdentifierFindings, findingsId } from '../../cases/components/IdentifierFindings';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { useMe } from '../../../lib/auth/use-session';
import {
  intervisionInputsQueryOptions,
  intervisionNotesQueryOptions,
  intervisionSessionQueryOptions,
  sessionKeyRoot,
} from '../api/session-queries';
import { useSessionLive } from '../use-session-live';

/** The session's progress as the domain's rules read it (the visits are not needed by the rules used here). */
function progressOf(session: IntervisionSession): SessionProgress {
  return {
    status: session.status,
    currentPhase: session.currentPhase?.index ?? null,
    visits: [],
    revealedPhases: session.phases.filter((phase) => phase.revealed).map((phase) => phase.index),
  };
}

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** The session runner: the previous session's open actions first, then the current phase, live for everyone. */
export function SessionPage() {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const { sessionId = '' } = useParams();
  const query = useQuery(intervisionSessionQueryOptions(sessionId));
  const live = useSessionLive(sessionId, query.data?.status);
  const title = query.data
    ? t('session.title', { method: query.data.method.name[language], date: formatDate(query.data.plannedDate) })
    : t('sessions.runnerTitle');
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SessionRunner session={query.data} fetchedAt={query.dataUpdatedAt} live={live} />
      )}
    </>
  );
}

function SessionRunner({
  session,
  fetchedAt,
  live,
}: {
  session: IntervisionSession;
  fetchedAt: number;
  live: 'live' | 'polling' | 'off';
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const mayWriteLessons = useCanInBuildingTeam('lesson:write', session.buildingTeam.id);
  const progress = progressOf(session);
  // The domain's phase machine refuses everyone but the session's facilitator first: that decides the facilitator view.
  const asFacilitator = applySessionCommand({
    progress,
    command: 'end',
    roles: session.myRoles,
    phases: session.phases,
    now: new Date().toISOString(),
  });
  const isFacilitator = asFacilitator.ok || asFacilitator.reason !== 'only-facilitator';
  return (
    <>
      <dl className="lk-facts">
        <div>
          <dt>{t('sessions.buildingTeam')}</dt>
          <dd>
            <TextLink to={`/bouwteams/${session.buildingTeam.id}/sessies`}>{session.buildingTeam.name}</TextLink>
          </dd>
        </div>
        <div>
          <dt>{t('sessions.date')}</dt>
          <dd>
            <time dateTime={session.plannedDate}>{formatDate(session.plannedDate)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('sessions.statusLabel')}</dt>
          <dd>{t(`sessions.status.${session.status}`)}</dd>
        </div>
        <div>
          <dt>{t('sessions.myRoles')}</dt>
          <dd>
            {session.myRoles.length === 0
              ? t('sessions.noRole')
              : session.myRoles.map((role) => t(`sessions.roles.${role}`)).join(', ')}
          </dd>
        </div>
      </dl>
      {live !== 'off' ? <Paragraph className="lk-live">{t(`sessions.live.${live}`)}</Paragraph> : null}

      {session.previousOpenActions.length > 0 ? (
        <section aria-labelledby="previous-actions">
          <Heading2 id="previous-actions">{t('sessions.previousActions')}</Heading2>
          <Paragraph>{t('sessions.previousActionsLead')}</Paragraph>
          <ActionList
            actions={session.previousOpenActions}
            buildingTeamId={session.buildingTeam.id}
            sessionId={session.id}
          />
        </section>
      ) : null}

      <section aria-labelledby="current-phase">
        <Heading2 id="current-phase">{t('sessions.currentPhase')}</Heading2>
        <CurrentPhase session={session} fetchedAt={fetchedAt} />
        {isFacilitator ? <FacilitatorControls session={session} progress={progress} /> : null}
      </section>

      {session.status !== 'planned' ? <Inputs session={session} progress={progress} /> : null}
      {session.status !== 'planned' ? <Notes session={session} /> : null}

      <section aria-labelledby="session-actions">
        <Heading2 id="session-actions">{t('sessions.actions')}</Heading2>
        {session.actions.length === 0 ? (
          <Paragraph>{t('sessions.noActions')}</Paragraph>
        ) : (
          <ActionList actions={session.actions} buildingTeamId={session.buildingTeam.id} sessionId={session.id} />
        )}
        {session.status !== 'planned' &&
        (session.myRoles.includes('facilitator') || session.myRoles.includes('note-taker')) ? (
          <NewAction session={session} />
        ) : null}
      </section>

      <Phases session={session} />

      {session.status === 'ended' && mayWriteLessons ? (
        <section aria-labelledby="session-lessons">
          <Heading2 id="session-lessons">{t('sessions.lessons')}</Heading2>
          <Paragraph>
            <TextLink to={`/bouwteams/${session.buildingTeam.id}/lessen/nieuw?sessie=${session.id}`}>
              {t('sessions.recordLessons')}
            </TextLink>
          </Paragraph>
        </section>
      ) : null}
      <Paragraph>
        <TextLink to={`/bouwteams/${session.buildingTeam.id}/sessies`}>{t('sessions.backToList')}</TextLink>
      </Paragraph>
    </>
  );
}

function CurrentPhase({ session, fetchedAt }: { session: IntervisionSession; fetchedAt: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const phase = session.currentPhase;
  const now = useNow(phase !== null);
  if (session.status === 'planned') return <Paragraph>{t('sessions.notStarted')}</Paragraph>;
  if (session.status === 'ended' || phase === null) return <Paragraph>{t('sessions.ended')}</Paragraph>;
  // Time spent as the API counted it when fetched, ticking on since then with the domain's own timing rule.
  const timing = phaseTiming({
    progress: {
      status: 'running',
      currentPhase: phase.index,
      visits: [
        {
          phase: phase.index,
          enteredAt: new Date(fetchedAt - phase.timing.spentSeconds * 1000).toISOString(),
          leftAt: null,
        },
      ],
      revealedPhases: [],
    },
    phases: session.phases,
    phase: phase.index,
    now: new Date(Math.max(now, fetchedAt)).toISOString(),
  });
  const mode = phase.inputMode;
  return (
    <div className="lk-phase">
      <div role="status">
        <Heading3 id="phase-name">
          {t('sessions.phaseOf', { number: phase.index + 1, total: session.phases.length, name: phase.name[language] })}
        </Heading3>
      </div>
      <Paragraph appearance="lead">{phase.prompt[language]}</Paragraph>
      <dl className="lk-facts">
        <div>
          <dt>{t('sessions.timeSpent')}</dt>
          <dd>
            {t('sessions.timeOf', { spent: clock(timing.spentSeconds), box: clock(timing.timeboxSeconds) })}
            {timing.overtimeSeconds > 0 ? (
              <strong className="lk-overtime">
                {' '}
                {t('sessions.overtime', { time: clock(timing.overtimeSeconds) })}
              </strong>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('sessions.inputMode')}</dt>
          <dd>{t(`sessions.modes.${mode}`)}</dd>
        </div>
      </dl>
      <Paragraph>{t(`sessions.modeExplained.${mode}`)}</Paragraph>
      {mode === 'private-then-reveal' && phase.revealed ? <Paragraph>{t('sessions.revealedNote')}</Paragraph> : null}
      <Paragraph className="lk-hint">{t('sessions.timeboxNotEnforced')}</Paragraph>
    </div>
  );
}

const commandsFor = (session: IntervisionSession): SessionCommand[] =>
  session.status === 'planned'
    ? ['start']
    : session.status === 'running'
      ? [
          'back',
          'advance',
          ...(session.currentPhase?.inputMode === 'private-then-reveal' ? (['reveal'] as const) : []),
          'end',
        ]
      : [];

function FacilitatorControls({ session, progress }: { session: IntervisionSession; progress: SessionProgress }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const command = useMutation({
    mutationFn: (command: SessionCommand) =>
      callApi(commandIntervisionSession, { params: { sessionId: session.id }, body: { command } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(intervisionSessionQueryOptions(session.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: sessionKeyRoot(session.id) });
    },
  });
  const commands = commandsFor(session);
  if (commands.length === 0) return null;
  const now = new Date().toISOString();
  const verdicts = commands.map((name) => ({
    name,
    verdict: applySessionCommand({ progress, command: name, roles: session.myRoles, phases: session.phases, now }),
  }));
  const refusedReason = isApiProblem(command.error) ? command.error.problem.invalidParams?.[0]?.code : undefined;
  return (
    <div className="lk-facilitator" role="group" aria-labelledby="facilitator-heading">
      <Heading3 id="facilitator-heading">{t('sessions.facilitator.heading')}</Heading3>
      <ButtonGroup>
        {verdicts.map(({ name, verdict }) =>
          name === 'end' ? (
            <ConfirmButton
              key={name}
              label={t('sessions.commands.end')}
              question={t('sessions.facilitator.endQuestion')}
              confirmLabel={t('sessions.facilitator.endConfirm')}
              onConfirm={() => command.mutate('end')}
              busy={command.isPending || !verdict.ok}
            />
          ) : (
            <Button
              key={name}
              type="button"
              appearance={name === 'advance' || name === 'start' ? 'primary-action-button' : 'secondary-action-button'}
              disabled={command.isPending || !verdict.ok}
              aria-describedby={verdict.ok ? undefined : `command-${name}-why`}
              onClick={() => command.mutate(name)}
            >
              {t(`sessions.commands.${name}`)}
            </Button>
          ),
        )}
      </ButtonGroup>
      {verdicts.map(({ name, verdict }) =>
        verdict.ok ? null : (
          <p key={name} id={`command-${name}-why`} className="lk-hint">
            {t(`sessions.commands.${name}`)}: {t(`sessions.refusals.${verdict.reason}`)}
          </p>
        ),
      )}
      {command.error ? (
        <div role="alert" className="lk-field-error">
          {refusedReason
            ? t(`sessions.refusals.${refusedReason as SessionRefusal}`, { defaultValue: refusedReason })
            : (command.error as Error).message}
        </div>
      ) : null}
    </div>
  );
}

function TextForm({
  id,
  label,
  description,
  submitLabel,
  onSubmit,
}: {
  id: string;
  label: string;
  description?: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const save = useMutation({
    mutationFn: () => onSubmit(text),
    onSuccess: () => setText(''),
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <FormProblem error={save.error} fields={['text']} />
      <TextAreaField
        id={id}
        label={label}
        description={description}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={errors.text}
        required
        rows={3}
        aria-invalid={findings.length > 0 ? true : undefined}
        extraDescribedBy={findings.length > 0 ? findingsId(id) : undefined}
        after={<IdentifierFindings id={findingsId(id)} fieldId={id} text={text} findings={findings} />}
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findings.length > 0 || text.trim() === ''}
      >
        {submitLabel}
      </Button>
      {save.isSuccess ? <p role="status">{t('sessions.posted')}</p> : null}
    </form>
  );
}

function TextsList({ texts, empty }: { texts: readonly SessionText[]; empty: string }) {
  if (texts.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="lk-texts">
      {texts.map((text) => (
        <li key={text.id}>
          <span className="lk-pre-wrap">{text.text}</span> <span className="lk-byline">— {text.author.name}</span>
        </li>
      ))}
    </ul>
  );
}

function Inputs({ session, progress }: { session: IntervisionSession; progress: SessionProgress }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const query = useQuery(intervisionInputsQueryOptions(session.id));
  const may = mayPostInput({ progress, phases: session.phases, roles: session.myRoles });
  const phase = session.currentPhase;
  const visible = query.data
    ? visibleInputs({
        inputs: query.data.items.map((input) => ({ ...input, authorId: input.author.id })),
        phases: session.phases,
        progress,
        viewerId: me?.person.id ?? '',
      })
    : [];
  const post = async (text: string) => {
    await callApi(createIntervisionInput, { params: { sessionId: session.id }, body: { text } });
    await queryClient.invalidateQueries({ queryKey: sessionKeyRoot(session.id) });
  };
  return (
    <section aria-labelledby="session-inputs">
      <Heading2 id="session-inputs">{t('sessions.inputs')}</Heading2>
      {phase ? (
        <>
          {may.ok ? (
            <TextForm
              id="session-input"
              label={t('sessions.yourInput')}
              description={phase.inputMode === 'private-then-reveal' ? t('sessions.privateUntilReveal') : undefined}
              submitLabel={t('sessions.postInput')}
              onSubmit={post}
            />
          ) : (
            <Paragraph className="lk-notice">{t(`sessions.mayNotPost.${may.reason}`)}</Paragraph>
          )}
          {query.isPending ? (
            <LoadingState label={t('common.loading')} />
          ) : query.isError ? (
            <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
          ) : (
            <>
              <Heading3 id="phase-inputs">{t('sessions.phaseInputs', { name: phase.name[language] })}</Heading3>
              {phase.inputMode === 'private-then-reveal' && !phase.revealed ? (
                <Paragraph>
                  {t('sessions.hiddenCount', { count: session.phases[phase.index]?.inputCount ?? 0 })}
                </Paragraph>
              ) : null}
              <TextsList
                texts={visible.filter((input) => input.phase === phase.index)}
                empty={t('sessions.noInputs')}
              />
            </>
          )}
        </>
      ) : query.data ? (
        <ByPhase session={session} texts={visible} empty={t('sessions.noInputs')} />
      ) : null}
    </section>
  );
}

function ByPhase({
  session,
  texts,
  empty,
}: {
  session: IntervisionSession;
  texts: readonly SessionText[];
  empty: string;
}) {
  const { language } = useLanguage();
  const phases = session.phases.filter((phase) => texts.some((text) => text.phase === phase.index));
  if (phases.length === 0) return <Paragraph>{empty}</Paragraph>;
  return phases.map((phase) => (
    <div key={phase.index}>
      <Heading3>{phase.name[language]}</Heading3>
      <TextsList texts={texts.filter((text) => text.phase === phase.index)} empty={empty} />
    </div>
  ));
}

function Notes({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(intervisionNotesQueryOptions(session.id));
  const isNoteTaker = session.myRoles.includes('note-taker');
  const phase = session.currentPhase;
  const post = async (text: string) => {
    await callApi(createIntervisionNote, { params: { sessionId: session.id }, body: { text } });
    await queryClient.invalidateQueries({ queryKey: sessionKeyRoot(session.id) });
  };
  return (
    <section aria-labelledby="session-notes">
      <Heading2 id="session-notes">{t('sessions.notes')}</Heading2>
      {phase && isNoteTaker ? (
        <TextForm
          id="session-note"
          label={t('sessions.noteLabel')}
          submitLabel={t('sessions.postNote')}
          onSubmit={post}
        />
      ) : null}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : (
        <ByPhase session={session} texts={query.data.items} empty={t('sessions.noNotes')} />
      )}
    </section>
  );
}

function ActionList({
  actions,
  buildingTeamId,
  sessionId,
}: {
  actions: readonly IntervisionAction[];
  buildingTeamId: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayManage = useCanInBuildingTeam('session:write', buildingTeamId);
  const update = useMutation({
    mutationFn: ({ id, status }: { id: string; status: ActionStatus }) =>
      callApi(updateIntervisionAction, { params: { actionId: id }, body: { status } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) }),
  });
  return (
    <>
      <ul className="lk-actions-list">
        {actions.map((action) => (
          <li key={action.id} className="lk-card">
            <Paragraph>{action.what}</Paragraph>
            <Paragraph className="lk-byline">
              {t('sessions.actionMeta', {
                owner: action.owner?.name ?? t('sessions.noOwner'),
                status: t(`sessions.actionStatus.${action.status}`),
              })}{' '}
              <time dateTime={action.dueDate}>{formatDate(action.dueDate)}</time>
            </Paragraph>
            {action.status === 'open' && (mayManage || action.owner?.id === me?.person.id) ? (
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={update.isPending}
                  aria-label={t('sessions.markDoneFor', { what: action.what })}
                  onClick={() => update.mutate({ id: action.id, status: 'done' })}
                >
                  {t('sessions.markDone')}
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={update.isPending}
                  aria-label={t('sessions.markCarriedOnFor', { what: action.what })}
                  onClick={() => update.mutate({ id: action.id, status: 'carried-on' })}
                >
                  {t('sessions.markCarriedOn')}
                </Button>
              </ButtonGroup>
            ) : null}
          </li>
        ))}
      </ul>
      {update.error ? <FormProblem error={update.error} fields={[]} /> : null}
    </>
  );
}

function NewAction({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [what, setWhat] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const save = useMutation({
    mutationFn: () =>
      callApi(createIntervisionAction, {
        params: { sessionId: session.id },
        body: { what, dueDate, ...(ownerId ? { ownerId } : {}) },
      }),
    onSuccess: async () => {
      setWhat('');
      setOwnerId('');
      setDueDate('');
      await queryClient.invalidateQueries({ queryKey: sessionKeyRoot(session.id) });
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="new-action"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Heading3 id="new-action">{t('sessions.newAction')}</Heading3>
      <FormProblem error={save.error} fields={['what', 'ownerId', 'dueDate']} />
      <TextAreaField
        id="action-what"
        label={t('sessions.actionWhat')}
        value={what}
        onChange={(event) => setWhat(event.target.value)}
        error={errors.what}
        required
        rows={2}
      />
      <SelectField
        id="action-owner"
        label={t('sessions.actionOwner')}
        value={ownerId}
        onChange={(event) => setOwnerId(event.target.value)}
        error={errors.ownerId}
        options={[
          { value: '', label: t('sessions.noOwner') },
          ...session.roles.map((entry) => ({ value: entry.person.id, label: entry.person.name })),
        ]}
      />
      <TextField
        id="action-due"
        type="date"
        label={t('sessions.actionDue')}
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={errors.dueDate}
        required
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('sessions.addAction')}
      </Button>
    </form>
  );
}

function Phases({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="session-phases">
      <Heading2 id="session-phases">{t('sessions.phases')}</Heading2>
      <ol className="lk-phases">
        {session.phases.map((phase) => (
          <li key={phase.index} aria-current={session.currentPhase?.index === phase.index ? 'step' : undefined}>
            <strong>{phase.name[language]}</strong>{' '}
            {t('sessions.phaseSummary', {
              box: phase.timeboxMinutes,
              spent: clock(phase.timing.spentSeconds),
              mode: t(`sessions.modes.${phase.inputMode}`),
              inputs: phase.inputCount,
              notes: phase.noteCount,
            })}
            {session.currentPhase?.index === phase.index ? ` (${t('sessions.now')})` : ''}
          </li>
        ))}
      </ol>
      <Heading3 id="session-roles">{t('sessions.rolesHeading')}</Heading3>
      <ul>
        {session.roles.map((entry) => (
          <li key={entry.person.id}>
            {entry.person.name}: {entry.roles.map((role) => t(`sessions.roles.${role}`)).join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
