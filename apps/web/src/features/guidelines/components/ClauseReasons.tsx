import type { GuidelineClauseWithReasons } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { shortened } from '../paths';

/** Why a clause says what it says: the lessons that led to it, linked, and how many cases and sessions are behind them. */
export function ClauseReasons({
  clause,
  buildingTeamId,
}: {
  clause: GuidelineClauseWithReasons;
  buildingTeamId: string;
}) {
  const { t } = useTranslation();
  const { lessons, caseCount, sessionCount } = clause.reasons;
  if (lessons.length === 0) return <>—</>;
  return (
    <>
      <ul className="lk-clause-reasons">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <TextLink to={`/bouwteams/${buildingTeamId}/lessen/${lesson.id}`}>{shortened(lesson.text)}</TextLink>
          </li>
        ))}
      </ul>
      <span className="lk-byline">
        {t('guideline.basedOn', {
          cases: t('guideline.caseCount', { count: caseCount }),
          sessions: t('guideline.sessionCount', { count: sessionCount }),
        })}
      </span>
    </>
  );
}
