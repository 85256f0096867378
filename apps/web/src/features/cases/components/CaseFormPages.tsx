import { Alert, Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { caseQueryOptions } from '../../../lib/queries/case';
import { guidelineInForceQueryOptions } from '../../../lib/queries/guideline-in-force';
import { CaseForm } from './CaseForm';

/** Bring in a case for a bouwteam: the form follows the bouwteam's guideline in force. */
export function NewCasePage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const mayWrite = useCanInBuildingTeam('case:write', buildingTeamId);
  const team = useQuery({ ...buildingTeamQueryOptions(buildingTeamId), enabled: mayWrite });
  const guideline = useQuery({ ...guidelineInForceQueryOptions(buildingTeamId), enabled: mayWrite });
  if (!mayWrite) return <ForbiddenPage />;
  return (
    <>
      <PageTitle title={t('cases.newTitle')} />
      <Heading1>{t('cases.newTitle')}</Heading1>
      <Paragraph appearance="lead">{t('cases.newLead')}</Paragraph>
      {team.isPending || guideline.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : team.isError || guideline.isError ? (
        <QueryProblem
          error={team.error ?? guideline.error}
          onRetry={() => void Promise.all([team.refetch(), guideline.refetch()])}
        />
      ) : guideline.data === null ? (
        <Alert type="warning">
          <Paragraph>{t('guideline.noneForCases')}</Paragraph>
        </Alert>
      ) : (
        <CaseForm team={team.data} guideline={guideline.data} />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}/casussen`} label={t('cases.back')} />
    </>
  );
}

/** Change a case, under the same guideline and privacy guard. */
export function EditCasePage() {
  const { t } = useTranslation();
  const { buildingTeamId = '', caseId = '' } = useParams();
  const mayWrite = useCanInBuildingTeam('case:write', buildingTeamId);
  const team = useQuery({ ...buildingTeamQueryOptions(buildingTeamId), enabled: mayWrite });
  const guideline = useQuery({ ...guidelineInForceQueryOptions(buildingTeamId), enabled: mayWrite });
  const existing = useQuery({ ...caseQueryOptions(caseId), enabled: mayWrite });
  if (!mayWrite) return <ForbiddenPage />;
  const error = team.error ?? guideline.error ?? existing.error;
  return (
    <>
      <PageTitle title={t('cases.editTitle')} />
      <Heading1>
        {existing.data ? t('cases.editHeading', { title: existing.data.title }) : t('cases.editTitle')}
      </Heading1>
      {error ? (
        <QueryProblem error={error} />
      ) : !team.data || guideline.data === undefined || !existing.data ? (
        <LoadingState label={t('common.loading')} />
      ) : guideline.data === null ? (
        <Alert type="warning">
          <Paragraph>{t('guideline.noneForCases')}</Paragraph>
        </Alert>
      ) : (
        <CaseForm team={team.data} guideline={guideline.data} existing={existing.data} key={existing.data.id} />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}/casussen/${caseId}`} label={t('cases.backToCase')} />
    </>
  );
}
