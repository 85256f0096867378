import type { Agreement, AgreementContext } from '@leerkring/domain';
import { Heading, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { agreementsQueryOptions } from '../api/agreement-queries';
import { daysUntil } from '../labels';
import { agreementPath, newAgreementPath, versionPath } from '../paths';
import { useCanInAgreementContext } from '../use-agreement-access';

/** The review date of a version in force, and whether it is near (within 30 days) or past. */
export function ReviewDate({ date }: { date: string }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const days = daysUntil(date);
  return (
    <>
      <time dateTime={date}>{formatDate(date)}</time>
      {days < 0 ? (
        <strong> ({t('agreements.review.overdue')})</strong>
      ) : days <= 30 ? (
        <strong> ({t('agreements.review.soon', { count: days })})</strong>
      ) : null}
    </>
  );
}

function AgreementCard({ agreement, headingLevel }: { agreement: Agreement; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const inForce = agreement.versionInForce;
  const latest = agreement.latestVersion;
  return (
    <li className="lk-card">
      <Heading level={headingLevel}>
        <TextLink to={agreementPath(agreement.id)}>{agreement.title}</TextLink>
      </Heading>
      <dl className="lk-facts">
        <div>
          <dt>{t('agreements.inForce')}</dt>
          <dd>
            {inForce ? (
              <>
                <TextLink to={versionPath(agreement.id, inForce.id)}>
                  {t('agreements.versionNumber', { number: inForce.number })}
                </TextLink>{' '}
                ({t(`agreements.status.${inForce.status}`)})
              </>
            ) : (
              t('agreements.noneInForce')
            )}
          </dd>
        </div>
        {inForce?.reviewDate ? (
          <div>
            <dt>{t('agreements.reviewDate')}</dt>
            <dd>
              <ReviewDate date={inForce.reviewDate} />
            </dd>
          </div>
        ) : null}
        {latest.id !== inForce?.id ? (
          <div>
            <dt>{t('agreements.latest')}</dt>
            <dd>
              <TextLink to={versionPath(agreement.id, latest.id)}>
                {t('agreements.versionNumber', { number: latest.number })}
              </TextLink>{' '}
              ({t(`agreements.status.${latest.status}`)})
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

/** The agreements of a bouwteam or a learning group: title, the version in force with its review date, the latest version. */
export function ContextAgreements({
  context,
  headingLevel = 2,
}: {
  context: Pick<AgreementContext, 'type' | 'id'>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const query = useQuery(
    agreementsQueryOptions({
      ...(context.type === 'building-team' ? { buildingTeamId: context.id } : { learningGroupId: context.id }),
      page: 1,
      pageSize: 20,
    }),
  );
  const mayWrite = useCanInAgreementContext('agreement:write', context);
  const headingId = `${context.type}-agreements`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {context.type === 'building-team' ? t('agreements.heading') : t('agreements.learningGroupHeading')}
      </Heading>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('agreements.empty')}</Paragraph>
      ) : (
        <ul className="lk-card-list">
          {query.data.items.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} headingLevel={headingLevel === 2 ? 3 : 4} />
          ))}
        </ul>
      )}
      {mayWrite ? (
        <Paragraph>
          <TextLink to={newAgreementPath(context)}>{t('agreements.start.link')}</TextLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
