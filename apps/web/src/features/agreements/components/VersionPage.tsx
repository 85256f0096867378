import { isInForce, type Agreement, type AgreementVersion } from '@leerkring/domain';
import { Alert, Heading1, Heading2, Heading3, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import {
  agreementQueryOptions,
  agreementVersionQueryOptions,
  agreementVersionsQueryOptions,
} from '../api/agreement-queries';
import { agreementPath, clauseAnchor, versionPath } from '../paths';
import { ContextLink } from './AgreementPage';
import { ConsentRoundSection } from './consent/ConsentRoundSection';
import { ReviewDate } from './ContextAgreements';
import { VersionHistorySection } from './history/VersionHistorySection';
import { ClauseIterations } from './iterations/ClauseIterations';
import { LessonList } from './LessonLink';
import { VersionActions } from './VersionActions';

/** One version: its clauses with the lessons they came from, its changelog, status and dates, and what may be done with it. */
export function VersionPage() {
  const { t } = useTranslation();
  const { agreementId = '', versionId = '' } = useParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const version = useQuery(agreementVersionQueryOptions(agreementId, versionId));
  const title =
    agreement.data && version.data
      ? t('agreements.version.title', { title: agreement.data.title, number: version.data.number })
      : t('agreements.version.fallbackTitle');
  const error = agreement.error ?? version.error;
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), version.refetch()])} />
      ) : !agreement.data || !version.data ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <VersionDetails agreement={agreement.data} version={version.data} />
      )}
      <BackLink to={agreementPath(agreementId)} label={t('agreements.backToAgreement')} />
    </>
  );
}

function VersionDetails({ agreement, version }: { agreement: Agreement; version: AgreementVersion }) {
  const { t } = useTranslation();
  const { formatDate, language } = useLanguage();
  const [searchParams] = useSearchParams();
  const versions = useQuery(agreementVersionsQueryOptions(agreement.id));
  const basedOn = versions.data?.items.find((item) => item.id === version.basedOnVersionId);
  const date = (value: string | null | undefined) => (value ? <time dateTime={value}>{formatDate(value)}</time> : '—');
  const consentFirst = version.status !== 'concept' || version.consentRound > 0;
  return (
    <>
      {searchParams.get('opgeslagen') ? (
        <Alert type="ok">
          <Paragraph>{t('agreements.version.saved', { number: version.number })}</Paragraph>
        </Alert>
      ) : null}
      {/* Once a version has been proposed, where its decision stands is what the page is read for: it comes first. */}
      {consentFirst ? <ConsentRoundSection agreementId={agreement.id} versionId={version.id} /> : null}
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('agreements.of')}</dt>
          <dd>
            <ContextLink agreement={agreement} />
          </dd>
        </div>
        <div>
          <dt>{t('agreements.versions.status')}</dt>
          <dd>
            <strong>{t(`agreements.status.${version.status}`)}</strong> {t(`agreements.statusHint.${version.status}`)}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.validFrom')}</dt>
          <dd>{date(version.validFrom)}</dd>
        </div>
        <div>
          <dt>{t('agreements.validUntil')}</dt>
          <dd>{date(version.validUntil)}</dd>
        </div>
        <div>
          <dt>{t('agreements.reviewDate')}</dt>
          <dd>
            {version.reviewDate ? (
              isInForce(version.status) ? (
                <ReviewDate date={version.reviewDate} />
              ) : (
                date(version.reviewDate)
              )
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.versions.basedOn')}</dt>
          <dd>
            {basedOn ? (
              <TextLink to={versionPath(agreement.id, basedOn.id)}>
                {t('agreements.versionNumber', { number: basedOn.number })}
              </TextLink>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.version.lastChange')}</dt>
          <dd>
            {version.updatedBy.name},{' '}
            <time dateTime={version.updatedAt}>{formatDateTime({ timestamp: version.updatedAt, language })}</time>
          </dd>
        </div>
      </dl>
      <VersionActions agreement={agreement} version={version} againstId={version.basedOnVersionId} />
      <section aria-labelledby="version-clauses">
        <Heading2 id="version-clauses">{t('agreements.clauses.heading')}</Heading2>
        {version.clauses.length === 0 ? (
          <Paragraph>{t('agreements.clauses.empty')}</Paragraph>
        ) : (
          <ol className="lk-clauses">
            {version.clauses.map((clause, index) => (
              <li key={clause.id} id={clauseAnchor(clause.id)} className="lk-clause">
                <Heading3>
                  {t('agreements.clauses.numbered', {
                    number: index + 1,
                    title: clause.title || t('agreements.clauses.untitled'),
                  })}
                </Heading3>
                <p className="lk-pre-wrap">{clause.text}</p>
                <LessonList
                  className="lk-clause__sources"
                  label={t('agreements.clauses.cameFrom', { count: clause.lessonIds.length })}
                  lessonIds={clause.lessonIds}
                />
                <ClauseIterations agreementId={agreement.id} iterationIds={clause.iterationIds} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="version-changelog">
        <Heading2 id="version-changelog">{t('agreements.changelog')}</Heading2>
        <Paragraph className="lk-pre-wrap">{version.changelog || t('agreements.noChangelog')}</Paragraph>
      </section>
      {consentFirst ? null : <ConsentRoundSection agreementId={agreement.id} versionId={version.id} />}
      <VersionHistorySection agreementId={agreement.id} versionId={version.id} />
    </>
  );
}
