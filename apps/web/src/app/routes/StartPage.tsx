import { Heading1, Heading2, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { ReviewDueAgreements } from '../../features/agreements/components/review/ReviewDueAgreements';
import { GalaAlerts } from '../../features/gala/alerts';
import { OverviewFigures } from '../../features/overview';
import { EntryPoints, WorkList } from '../../features/work';
import { PageTitle } from '../../components/PageTitle';
import { ManagerHome } from './ManagerHome';
import { useMe } from '../../lib/auth/use-session';

/**
 * The start page of every role: what waits for the person ("Voor jou"), each item a link to where the work is; then
 * the entry points of their roles, a coordinator's GALA alerts, and for the administrator the platform's counts.
 * Composes features, owns none.
 */
export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageTitle title={t('start.title')} />
      <Heading1>{t('start.heading')}</Heading1>
      <Paragraph appearance="lead">{me ? t('start.leadFor', { name: me.person.name }) : t('start.lead')}</Paragraph>
      <div className="lk-work-grid">
        <WorkList reviews={<ReviewDueAgreements />} />
        <EntryPoints />
      </div>
      <ManagerHome />
      <GalaAlerts />
      {me?.person.isAdmin && (
        <section aria-labelledby="figures-heading">
          <Heading2 id="figures-heading">{t('start.figuresHeading')}</Heading2>
          <OverviewFigures />
        </section>
      )}
    </>
  );
}
