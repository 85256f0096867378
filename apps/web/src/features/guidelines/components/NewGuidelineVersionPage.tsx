import { Heading1, LoadingState } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { guidelineInForceQueryOptions } from '../../../lib/queries/guideline-in-force';
import { lessonsQueryOptions } from '../../../lib/queries/lesson';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { guidelineVersionsQueryOptions } from '../api/guideline-queries';
import { guidelinesPath } from '../paths';
import { GuidelineForm } from './GuidelineForm';

/**
 * Write a new version of a bouwteam's guideline, starting from a copy of the version in force (or, without one, the
 * newest version). Only partners and facilitators of the bouwteam write it, as the domain's policy says.
 */
export function NewGuidelineVersionPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const mayWrite = useCanInBuildingTeam('guideline:write', buildingTeamId);
  const inForce = useQuery({ ...guidelineInForceQueryOptions(buildingTeamId), enabled: mayWrite });
  const newest = useQuery({
    ...guidelineVersionsQueryOptions({ buildingTeamId, page: 1, pageSize: 1 }),
    enabled: mayWrite && inForce.data === null,
  });
  const lessons = useQuery({ ...lessonsQueryOptions({ buildingTeamId, page: 1, pageSize: 100 }), enabled: mayWrite });
  if (!mayWrite) return <ForbiddenPage />;
  const error = inForce.error ?? newest.error ?? lessons.error;
  const source = inForce.data === null ? (newest.data?.items[0] ?? null) : inForce.data;
  const loading = inForce.isPending || (inForce.data === null && newest.isPending) || lessons.isPending;
  return (
    <>
      <PageTitle title={t('guidelines.form.title')} />
      <Heading1>{t('guidelines.form.heading')}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([inForce.refetch(), lessons.refetch()])} />
      ) : loading || source === undefined || !lessons.data ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <GuidelineForm buildingTeamId={buildingTeamId} source={source} lessons={lessons.data.items} />
      )}
      <BackLink to={guidelinesPath(buildingTeamId)} label={t('guidelines.back')} />
    </>
  );
}
