import { Heading1, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { PageTitle } from '../../../components/PageTitle';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { NewLessonForm } from './NewLessonForm';

/** Record a lesson of a bouwteam, linked to the cases it came from. */
export function NewLessonPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  // `?sessie=` links the lesson to the intervision session it was recorded after.
  const [search] = useSearchParams();
  const sessionId = search.get('sessie');
  // `?casus=` (repeated) ticks the cases discussed in that session.
  const caseIds = search.getAll('casus');
  const mayWrite = useCanInBuildingTeam('lesson:write', buildingTeamId);
  if (!mayWrite) return <ForbiddenPage />;
  return (
    <>
      <PageTitle title={t('lessons.newTitle')} />
      <Heading1>{t('lessons.newTitle')}</Heading1>
      {sessionId ? <Paragraph>{t('lessons.fromSession')}</Paragraph> : null}
      <NewLessonForm buildingTeamId={buildingTeamId} sessionId={sessionId} initialCaseIds={caseIds} />
      <BackLink to={`/bouwteams/${buildingTeamId}/lessen`} label={t('lessons.back')} />
    </>
  );
}
