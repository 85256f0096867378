import {
  mayPostInput,
  visibleInputs,
  type IntervisionSession,
  type SessionProgress,
  type SessionText,
} from '@leerkring/domain';
import { Heading2, Heading3, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { useMe } from '../../../lib/auth/use-session';
import { useLanguage } from '../../../lib/use-language';
import { usePostSessionInput, usePostSessionNote } from '../api/session-mutations';
import { intervisionInputsQueryOptions, intervisionNotesQueryOptions } from '../api/session-queries';
import { TextForm } from './TextForm';

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

/** The inputs of the current phase (with a form to post one), or by phase once the session ended. */
export function SessionInputs({ session, progress }: { session: IntervisionSession; progress: SessionProgress }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const me = useMe();
  const post = usePostSessionInput(session.id);
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
              save={post}
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

/** The phase notes, with a form for the note-taker. */
export function SessionNotes({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const post = usePostSessionNote(session.id);
  const query = useQuery(intervisionNotesQueryOptions(session.id));
  const isNoteTaker = session.myRoles.includes('note-taker');
  const phase = session.currentPhase;
  return (
    <section aria-labelledby="session-notes">
      <Heading2 id="session-notes">{t('sessions.notes')}</Heading2>
      {phase && isNoteTaker ? (
        <TextForm id="session-note" label={t('sessions.noteLabel')} submitLabel={t('sessions.postNote')} save={post} />
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
