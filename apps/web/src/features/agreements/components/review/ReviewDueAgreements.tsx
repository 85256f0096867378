import type { Agreement } from '@leerkring/domain';
import { Heading, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../../components/TextLink';
import { useLanguage } from '../../../../lib/use-language';
import { useMayEver } from '../../../../lib/auth/use-session';
import { reviewDueAgreementsQueryOptions } from '../../api/consent-queries';
import { daysUntil } from '../../labels';
import { versionPath } from '../../paths';
import { useCanInAgreementContext } from '../../use-agreement-access';

/** How far ahead an agreement counts as due for review. */
export const reviewDueDays = 30;

type DueAgreement = Agreement & { versionInForce: NonNullable<Agreement['versionInForce']> & { reviewDate: string } };

function isDue(agreement: Agreement): agreement is DueAgreement {
  return Boolean(agreement.versionInForce?.reviewDate);
}

/**
 * The agreements whose version in force is due for review within 30 days, or overdue, with the review date and a
 * link to that version: of one bouwteam, or (without one) of every bouwteam and learning group the person is in.
 * A bouwteam's page shows nothing when none is due; when the list cannot be read, the page stands on its own.
 */
export function ReviewDueAgreements({
  buildingTeamId,
  headingLevel = 2,
}: {
  buildingTeamId?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const mayReadAny = useMayEver('agreement:read');
  const mayReadTeam = useCanInAgreementContext(
    'agreement:read',
    buildingTeamId ? { type: 'building-team', id: buildingTeamId } : undefined,
  );
  const mayRead = buildingTeamId ? mayReadTeam : mayReadAny;
  const query = useQuery({
    ...reviewDueAgreementsQueryOptions({ days: reviewDueDays, ...(buildingTeamId ? { buildingTeamId } : {}) }),
    enabled: mayRead,
  });
  if (!mayRead || query.isError) return null;
  const due = (query.data?.items ?? [])
    .filter(isDue)
    .sort((a, b) => a.versionInForce.reviewDate.localeCompare(b.versionInForce.reviewDate));
  if (buildingTeamId && (query.isPending || due.length === 0)) return null;
  const headingId = buildingTeamId ? 'team-review-due' : 'review-due';
  return (
    <section aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('reviewDue.heading')}
      </Heading>
      {query.isPending ? (
        <LoadingState label={t('reviewDue.loading')} />
      ) : due.length === 0 ? (
        <Paragraph>{t('reviewDue.empty', { days: reviewDueDays })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('reviewDue.lead', { days: reviewDueDays })}</Paragraph>
          <UnorderedList>
            {due.map((agreement) => (
              <DueItem key={agreement.id} agreement={agreement} showContext={!buildingTeamId} />
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}

function DueItem({ agreement, showContext }: { agreement: DueAgreement; showContext: boolean }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const version = agreement.versionInForce;
  const days = daysUntil(version.reviewDate);
  const when =
    days < 0
      ? t('reviewDue.overdue', { count: -days })
      : days === 0
        ? t('reviewDue.today')
        : t('reviewDue.inDays', { count: days });
  return (
    <UnorderedListItem>
      <TextLink to={versionPath(agreement.id, version.id)}>
        {t('reviewDue.link', {
          title: agreement.title,
          number: version.number,
          status: t(`reviewDue.status.${version.status === 'adopted' ? 'adopted' : 'beta'}`),
        })}
      </TextLink>
      {showContext ? ` (${t(`reviewDue.context.${agreement.context.type}`, { name: agreement.context.name })})` : ''}:{' '}
      {t('reviewDue.reviewOn')} <time dateTime={version.reviewDate}>{formatDate(version.reviewDate)}</time>,{' '}
      {days < 0 ? <strong>{when}</strong> : when}
    </UnorderedListItem>
  );
}
