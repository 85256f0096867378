import { Heading1, Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { canWith } from '../../../lib/auth/principal';
import { useMe } from '../../../lib/auth/use-session';
import { galaPlanQueryOptions } from '../api/gala-queries';
import { useTaxonomy } from '../api/use-taxonomy-labels';
import { editPlanPath, regionDashboardPath } from '../paths';
import { PlanActions, PlanBudget, PlanChainApproaches, PlanMilestones, PlanNotes } from './PlanSections';

/** One GALA plan to read: goals, chain approaches, actions, budget, partners, milestones and progress. */
export function GalaPlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const me = useMe();
  const query = useQuery(galaPlanQueryOptions(planId));
  const goals = useTaxonomy('goal');
  if (query.isPending) return <LoadingState label={t('gala.plan.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('gala.plan.titlePlain')} />
        <Heading1>{t('gala.plan.titlePlain')}</Heading1>
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const plan = query.data;
  const title = t('gala.plan.title', { name: plan.municipality?.name ?? t('gala.wholeRegion') });
  const mayWrite = canWith(me, 'gala-plan:write', { type: 'region', id: plan.region.id });
  return (
    <>
      <PageTitle title={title} />
      <BackLink to={regionDashboardPath(plan.region.id)} label={t('gala.plan.back', { region: plan.region.name })} />
      <Heading1>{title}</Heading1>
      <Paragraph>
        {t('gala.plan.lead', {
          region: plan.region.name,
          start: plan.period.startYear,
          end: plan.period.endYear,
          revision: plan.revision,
        })}
      </Paragraph>
      {mayWrite ? (
        <Paragraph>
          <TextLink to={editPlanPath(plan.id)}>{t('gala.plan.edit')}</TextLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="plan-goals">
        <Heading2 id="plan-goals">{t('gala.plan.goals')}</Heading2>
        {plan.goals.length === 0 ? (
          <Paragraph>{t('gala.plan.noGoals')}</Paragraph>
        ) : (
          <UnorderedList>
            {plan.goals.map((code) => (
              <UnorderedListItem key={code}>{goals.labelOf(code)}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <PlanChainApproaches plan={plan} />
      <PlanActions plan={plan} />
      <PlanBudget plan={plan} />
      <section aria-labelledby="plan-partners">
        <Heading2 id="plan-partners">{t('gala.plan.partners')}</Heading2>
        {plan.partners.length === 0 ? (
          <Paragraph>{t('gala.plan.noPartners')}</Paragraph>
        ) : (
          <UnorderedList>
            {plan.partners.map((partner) => (
              <UnorderedListItem key={partner.id}>{partner.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <PlanMilestones plan={plan} />
      <PlanNotes plan={plan} />
    </>
  );
}
