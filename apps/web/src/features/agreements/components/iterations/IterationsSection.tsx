import type { Iteration } from '@leerkring/domain';
import { Heading2, Heading3, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { TextLink } from '../../../../components/TextLink';
import { useLanguage } from '../../../../lib/use-language';
import { agreementQueryOptions } from '../../api/agreement-queries';
import { iterationsQueryOptions } from '../../api/iteration-queries';
import { versionPath } from '../../paths';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { PhaseText } from './IterationCycle';
import { iterationPath, newIterationPath } from './model';
import './iterations.css';

/** From when to when an iteration runs, as far as known. */
export function IterationPeriod({ iteration }: { iteration: Pick<Iteration, 'startDate' | 'endDate'> }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const date = (value: string) => <time dateTime={value}>{formatDate(value)}</time>;
  if (iteration.startDate && iteration.endDate) {
    return (
      <>
        {date(iteration.startDate)} {t('iterations.until')} {date(iteration.endDate)}
      </>
    );
  }
  if (iteration.startDate) {
    return (
      <>
        {t('iterations.since')} {date(iteration.startDate)}
      </>
    );
  }
  if (iteration.endDate) {
    return (
      <>
        {t('iterations.until')} {date(iteration.endDate)}
      </>
    );
  }
  return <>{t('iterations.notStarted')}</>;
}

/** The action-research iterations of an agreement: each with its phase, decision, the version it tests and its dates. */
export function IterationsSection({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.data?.context);
  const query = useQuery(iterationsQueryOptions(agreementId));
  return (
    <section aria-labelledby="agreement-iterations">
      <Heading2 id="agreement-iterations">{t('iterations.heading')}</Heading2>
      <Paragraph>{t('iterations.lead')}</Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('iterations.empty')}</Paragraph>
      ) : (
        <ul className="lk-iterations">
          {query.data.items.map((iteration) => (
            <li key={iteration.id}>
              <Heading3>
                <TextLink to={iterationPath(agreementId, iteration.id)}>{iteration.title}</TextLink>
              </Heading3>
              <dl className="lk-facts">
                <div>
                  <dt>{t('iterations.phaseLabel')}</dt>
                  <dd>
                    <PhaseText phase={iteration.phase} />
                  </dd>
                </div>
                <div>
                  <dt>{t('iterations.decisionLabel')}</dt>
                  <dd>
                    {iteration.decision ? t(`iterations.decision.${iteration.decision}`) : t('iterations.noDecision')}
                  </dd>
                </div>
                <div>
                  <dt>{t('iterations.tests')}</dt>
                  <dd>
                    <TextLink to={versionPath(agreementId, iteration.version.id)}>
                      {t('agreements.versionNumber', { number: iteration.version.number })}
                    </TextLink>
                  </dd>
                </div>
                <div>
                  <dt>{t('iterations.period')}</dt>
                  <dd>
                    <IterationPeriod iteration={iteration} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {mayWrite ? (
        <Paragraph>
          <TextLink to={newIterationPath(agreementId)}>{t('iterations.new')}</TextLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
