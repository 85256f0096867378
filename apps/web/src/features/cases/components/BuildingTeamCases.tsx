import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { casesQueryOptions } from '../../../lib/queries/case';
import { caseLabel } from '../../../lib/case-label';
import { useLanguage } from '../../../lib/use-language';

/** The newest cases of a bouwteam, on its home, for whom may read them. */
export function BuildingTeamCases({ buildingTeamId, previewSize }: { buildingTeamId: string; previewSize: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('case:read', buildingTeamId);
  const mayWrite = useCanInBuildingTeam('case:write', buildingTeamId);
  const query = useQuery({
    ...casesQueryOptions({ buildingTeamId, page: 1, pageSize: previewSize }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-cases">{t('cases.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('cases.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((item) => (
            <UnorderedListItem key={item.id}>
              <TextLink to={`/bouwteams/${buildingTeamId}/casussen/${item.id}`}>{caseLabel(item, language)}</TextLink> (
              {t(`cases.status.${item.status}`)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/casussen`}>
          {t('buildingTeam.allCases', { count: query.data?.meta.totalItems ?? 0 })}
        </TextLink>
        {mayWrite ? <TextLink to={`/bouwteams/${buildingTeamId}/casussen/nieuw`}>{t('cases.new')}</TextLink> : null}
      </div>
    </section>
  );
}
