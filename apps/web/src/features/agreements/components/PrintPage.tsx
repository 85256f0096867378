import type { Agreement, AgreementVersion } from '@leerkring/domain';
import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import {
  agreementConsentsQueryOptions,
  agreementQueryOptions,
  agreementVersionQueryOptions,
} from '../api/agreement-queries';
import { decisionRuleText } from '../labels';
import { versionPath } from '../paths';
import { LessonList } from './LessonLink';

/** A version ready to print: clauses, changelog and the consent result, with the app's frame left off on paper. */
export function PrintPage() {
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
    <div className="lk-print">
      <PageTitle title={title} />
      <div className="lk-no-print lk-actions">
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t('agreements.print.button')}
        </Button>
        <TextLink to={versionPath(agreementId, versionId)}>{t('agreements.backToVersion')}</TextLink>
      </div>
      <Heading1>{title}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), version.refetch()])} />
      ) : !agreement.data || !version.data ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <PrintedVersion agreement={agreement.data} version={version.data} />
      )}
    </div>
  );
}

function PrintedVersion({ agreement, version }: { agreement: Agreement; version: AgreementVersion }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const date = (value: string | null | undefined) => (value ? <time dateTime={value}>{formatDate(value)}</time> : '—');
  return (
    <>
      {agreement.scope ? <Paragraph appearance="lead">{agreement.scope}</Paragraph> : null}
      <dl className="lk-facts">
        <div>
          <dt>{t('agreements.of')}</dt>
          <dd>{t(`agreements.context.${agreement.context.type}`, { name: agreement.context.name })}</dd>
        </div>
        <div>
          <dt>{t('agreements.versions.status')}</dt>
          <dd>{t(`agreements.status.${version.status}`)}</dd>
        </div>
        <div>
          <dt>{t('agreements.validFrom')}</dt>
          <dd>{date(version.validFrom)}</dd>
        </div>
        <div>
          <dt>{t('agreements.reviewDate')}</dt>
          <dd>{date(version.reviewDate)}</dd>
        </div>
        <div>
          <dt>{t('agreements.decisionRule')}</dt>
          <dd>{decisionRuleText(t, agreement.decisionRule)}</dd>
        </div>
      </dl>
      <section aria-labelledby="print-clauses">
        <Heading2 id="print-clauses">{t('agreements.clauses.heading')}</Heading2>
        {version.clauses.length === 0 ? <Paragraph>{t('agreements.clauses.empty')}</Paragraph> : null}
        {version.clauses.map((clause, index) => (
          <article key={clause.id} className="lk-print__clause" aria-labelledby={`print-clause-${clause.id}`}>
            <Heading3 id={`print-clause-${clause.id}`}>
              {t('agreements.clauses.numbered', {
                number: index + 1,
                title: clause.title || t('agreements.clauses.untitled'),
              })}
            </Heading3>
            <p className="lk-pre-wrap">{clause.text}</p>
            <LessonList
              label={t('agreements.clauses.cameFrom', { count: clause.lessonIds.length })}
              lessonIds={clause.lessonIds}
            />
          </article>
        ))}
      </section>
      <section aria-labelledby="print-changelog">
        <Heading2 id="print-changelog">{t('agreements.changelog')}</Heading2>
        <Paragraph className="lk-pre-wrap">{version.changelog || t('agreements.noChangelog')}</Paragraph>
      </section>
      <ConsentResult agreementId={agreement.id} version={version} />
    </>
  );
}

/** The outcome of the consent round: the tally, whether the decision rule is met, and the objections with their reasons. */
function ConsentResult({ agreementId, version }: { agreementId: string; version: AgreementVersion }) {
  const { t } = useTranslation();
  const proposed = version.consentRound > 0;
  const query = useQuery({ ...agreementConsentsQueryOptions(agreementId, version.id), enabled: proposed });
  return (
    <section aria-labelledby="print-consent">
      <Heading2 id="print-consent">{t('agreements.print.consentHeading')}</Heading2>
      {!proposed ? (
        <Paragraph>{t('agreements.print.notProposed')}</Paragraph>
      ) : query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Paragraph>{t('agreements.print.round', { round: query.data.round })}</Paragraph>
          <Paragraph>
            {t('agreements.print.tally', {
              total: query.data.tally.total,
              consent: query.data.tally.consent,
              object: query.data.tally.object,
              standAside: query.data.tally.standAside,
              none: query.data.tally.none,
            })}
          </Paragraph>
          <Paragraph>
            <strong>
              {query.data.tally.decided
                ? t('agreements.print.decided', { needed: query.data.tally.consentNeeded })
                : t(`agreements.print.notDecided.${query.data.tally.blockedBy ?? 'not-enough-consent'}`, {
                    needed: query.data.tally.consentNeeded,
                  })}
            </strong>
          </Paragraph>
          {query.data.items.some((item) => item.current && item.stance === 'object') ? (
            <>
              <Heading3>{t('agreements.print.objections')}</Heading3>
              <UnorderedList>
                {query.data.items
                  .filter((item) => item.current && item.stance === 'object')
                  .map((item) => (
                    <UnorderedListItem key={item.id}>
                      <strong>{item.organisation.name}</strong>: {item.reason}
                    </UnorderedListItem>
                  ))}
              </UnorderedList>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
