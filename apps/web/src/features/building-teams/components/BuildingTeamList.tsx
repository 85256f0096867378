import { transformationThemes, type BuildingTeam } from '@leerkring/domain';
import { Heading, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';

export interface BuildingTeamListProps {
  buildingTeams: readonly BuildingTeam[];
  /** The level of each bouwteam's name: one below the heading the list sits under. */
  headingLevel: 2 | 3;
}

/** Bouwteams as cards: name, municipality, transformation, partners and start date. */
export function BuildingTeamList({ buildingTeams, headingLevel }: BuildingTeamListProps) {
  const { t } = useTranslation();
  const { language, formatDate, formatNumber } = useLanguage();
  if (buildingTeams.length === 0) return <Paragraph>{t('buildingTeams.empty')}</Paragraph>;
  return (
    <ul className="lk-card-list">
      {buildingTeams.map((team) => {
        const theme = transformationThemes.find((term) => term.code === team.theme);
        return (
          <li key={team.id} className="lk-card">
            <Heading level={headingLevel}>
              <TextLink to={`/bouwteams/${team.id}`}>{team.name}</TextLink>
            </Heading>
            <dl className="lk-facts">
              <div>
                <dt>{t('buildingTeams.municipality')}</dt>
                <dd>{team.municipality.name}</dd>
              </div>
              <div>
                <dt>{t('buildingTeams.theme')}</dt>
                <dd>{theme ? theme.label[language] : team.theme}</dd>
              </div>
              <div>
                <dt>{t('buildingTeams.partners')}</dt>
                <dd>
                  {t('buildingTeams.partnerCount', {
                    count: team.partners.length,
                    formattedCount: formatNumber(team.partners.length),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('buildingTeams.startDate')}</dt>
                <dd>
                  <time dateTime={team.startDate}>{formatDate(team.startDate)}</time>
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
