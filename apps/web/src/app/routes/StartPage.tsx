import { Heading1, Heading2, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { GalaAlerts } from '../../features/gala/alerts';
import { ReviewDueAgreements } from '../../features/agreements/components/review/ReviewDueAgreements';
import { LatestBuildingTeams } from '../../features/building-teams';
import { OverviewFigures } from '../../features/overview';
import { PageTitle } from '../../components/PageTitle';
import { ManagerHome } from './ManagerHome';

/** The start page: what Leerkring is, how much is in it, and a few bouwteams. Composes features, owns none. */
export function StartPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('start.title')} />
      <Heading1>{t('start.heading')}</Heading1>
      <Paragraph appearance="lead">{t('start.lead')}</Paragraph>
      <ManagerHome />
      <GalaAlerts />
      <ReviewDueAgreements />
      <section aria-labelledby="figures-heading">
        <Heading2 id="figures-heading">{t('start.figuresHeading')}</Heading2>
        <OverviewFigures />
      </section>
      <section aria-labelledby="building-teams-heading">
        <Heading2 id="building-teams-heading">{t('start.buildingTeamsHeading')}</Heading2>
        <LatestBuildingTeams count={3} />
      </section>
    </>
  );
}
