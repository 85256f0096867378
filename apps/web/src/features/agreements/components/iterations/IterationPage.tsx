import { iterationAsksForAgreementChange, iterationPhases, type Agreement, type Iteration } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../../components/BackLink';
import { PageTitle } from '../../../../components/PageTitle';
import { QueryProblem } from '../../../../components/QueryProblem';
import { TextLink } from '../../../../components/TextLink';
import { agreementQueryOptions, agreementVersionQueryOptions } from '../../api/agreement-queries';
import { iterationAnswersQueryOptions, iterationQueryOptions } from '../../api/iteration-queries';
import { agreementPath, clauseAnchor, versionPath } from '../../paths';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { ClauseProposalForm } from '../LessonProposal';
import { MeasuresSection } from '../measures';
import { IterationCycle, PhaseText } from './IterationCycle';
import { IterationPeriod } from './IterationsSection';
import { DecisionSignalsList } from './DecisionSignals';
import { PhaseForm } from './PhaseForm';
import { phaseTexts, stepOf } from './model';
import './iterations.css';

/** One iteration: the cycle with its current phase, what was planned, done, seen, learned and decided, and the next step. */
export function IterationPage() {
  const { t } = useTranslation();
  const { agreementId = '', iterationId = '' } = useParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const iteration = useQuery(iterationQueryOptions(agreementId, iterationId));
  const error = agreement.error ?? iteration.error;
  const title = iteration.data?.title ?? t('iterations.fallbackTitle');
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), iteration.refetch()])} />
      ) : !agreement.data || !iteration.data ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <IterationDetails agreement={agreement.data} iteration={iteration.data} />
      )}
      <BackLink to={agreementPath(agreementId)} label={t('iterations.backToAgreement')} />
    </>
  );
}

function IterationDetails({ agreement, iteration }: { agreement: Agreement; iteration: Iteration }) {
  const { t } = useTranslation();
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.context);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const decided = iteration.phase === 'decided';
  const reached = iterationPhases.filter((phase) => stepOf(phase) <= stepOf(iteration.phase));
  return (
    <>
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('iterations.agreement')}</dt>
          <dd>
            <TextLink to={agreementPath(agreement.id)}>{agreement.title}</TextLink>
          </dd>
        </div>
        <div>
          <dt>{t('iterations.tests')}</dt>
          <dd>
            <TextLink to={versionPath(agreement.id, iteration.version.id)}>
              {t('agreements.versionNumber', { number: iteration.version.number })}
            </TextLink>
          </dd>
        </div>
        <div>
          <dt>{t('iterations.clausesTested')}</dt>
          <dd>
            <TestedClauses agreementId={agreement.id} iteration={iteration} />
          </dd>
        </div>
        <div>
          <dt>{t('iterations.phaseLabel')}</dt>
          <dd>
            <PhaseText phase={iteration.phase} />
          </dd>
        </div>
        <div>
          <dt>{t('iterations.decisionLabel')}</dt>
          <dd>{iteration.decision ? t(`iterations.decision.${iteration.decision}`) : t('iterations.noDecision')}</dd>
        </div>
        <div>
          <dt>{t('iterations.period')}</dt>
          <dd>
            <IterationPeriod iteration={iteration} />
          </dd>
        </div>
        <div>
          <dt>{t('iterations.startedBy')}</dt>
          <dd>{iteration.createdBy.name}</dd>
        </div>
      </dl>
      <section aria-labelledby="iteration-cycle">
        <Heading2 id="iteration-cycle">{t('iterations.cycleHeading')}</Heading2>
        <IterationCycle phase={iteration.phase} labelledBy="iteration-cycle" />
      </section>
      {notice ? (
        <p role="status" className="lk-notice" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      ) : null}
      <div className="lk-phase-texts">
        {reached.map((phase) => (
          <section key={phase} aria-labelledby={`iteration-phase-${phase}`}>
            <Heading2 id={`iteration-phase-${phase}`}>
              {t('iterations.numberedPhase', { number: stepOf(phase), phase: t(`iterations.phase.${phase}`) })}
            </Heading2>
            {phase === 'decided' ? (
              <Paragraph>
                {iteration.decision ? (
                  <>
                    <strong>{t(`iterations.choice.${iteration.decision}`)}</strong>:{' '}
                    {t(`iterations.decisionHint.${iteration.decision}`)}
                  </>
                ) : (
                  t('iterations.noDecision')
                )}
              </Paragraph>
            ) : null}
            {phase === 'decided' ? (
              <DecisionSignalsList signals={iteration.signals} />
            ) : (
              <dl className="lk-phase-fields">
                {phaseTexts[phase].map((field) => (
                  <div key={field}>
                    <dt>{t(`iterations.field.${field}`)}</dt>
                    <dd className="lk-pre-wrap">{iteration[field] || t('iterations.notYetWritten')}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </div>
      {stepOf(iteration.phase) >= stepOf('observe') ? (
        <MeasuresSection agreementId={agreement.id} iterationId={iteration.id} mayWrite={mayWrite && !decided} />
      ) : null}
      {decided ? (
        <>
          <Paragraph>{t('iterations.closed')}</Paragraph>
          <AnsweredBy iteration={iteration} />
          {iterationAsksForAgreementChange(iteration) && mayWrite ? (
            <section aria-labelledby="iteration-proposal">
              <Heading2 id="iteration-proposal">{t('agreements.proposal.heading')}</Heading2>
              <Paragraph>{t('iterations.proposalLead')}</Paragraph>
              <ClauseProposalForm
                source={{ kind: 'iteration', id: iteration.id }}
                agreements={[agreement]}
                labelledBy="iteration-proposal"
              />
            </section>
          ) : null}
        </>
      ) : mayWrite ? (
        <PhaseForm
          key={iteration.phase}
          iteration={iteration}
          onSubmit={() => setNotice(null)}
          onSaved={(message) => {
            setNotice(message);
            requestAnimationFrame(() => noticeRef.current?.focus());
          }}
        />
      ) : null}
    </>
  );
}

/** The clauses of the tested version this iteration is about, each a link to it on the version page. */
function TestedClauses({ agreementId, iteration }: { agreementId: string; iteration: Iteration }) {
  const { t } = useTranslation();
  const version = useQuery({
    ...agreementVersionQueryOptions(agreementId, iteration.version.id),
    enabled: iteration.clauseIds.length > 0,
  });
  if (iteration.clauseIds.length === 0) return <>{t('iterations.wholeVersion')}</>;
  const titleOf = (id: string) => version.data?.clauses.find((clause) => clause.id === id)?.title || id;
  return (
    <ul className="lk-inline-list">
      {iteration.clauseIds.map((id) => (
        <li key={id}>
          <TextLink to={`${versionPath(agreementId, iteration.version.id)}#${clauseAnchor(id)}`}>
            {titleOf(id)}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}

/** The clauses, in any version, that answer a decided iteration: the leerlijn from test to agreement. */
function AnsweredBy({ iteration }: { iteration: Iteration }) {
  const { t } = useTranslation();
  const query = useQuery(iterationAnswersQueryOptions(iteration.id));
  return (
    <section aria-labelledby="iteration-answered-by">
      <Heading2 id="iteration-answered-by">{t('iterations.answeredBy')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>
          {iterationAsksForAgreementChange(iteration)
            ? t('iterations.notAnsweredYetAdapt')
            : t('iterations.notAnsweredYet')}
        </Paragraph>
      ) : (
        <ul>
          {query.data.items.map((source) => (
            <li key={`${source.version.id}-${source.clauseId}`}>
              <TextLink to={`${versionPath(source.agreement.id, source.version.id)}#${clauseAnchor(source.clauseId)}`}>
                {t('iterations.answerLink', {
                  clause: source.clauseTitle || source.clauseId,
                  number: source.version.number,
                  status: t(`agreements.status.${source.version.status}`),
                })}
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
