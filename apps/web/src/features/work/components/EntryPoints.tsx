import { UnorderedListItem, Paragraph, UnorderedList } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useMe } from '../../../lib/auth/use-session';
import { contextsOf } from '../contexts';
import { buildingTeamPath, guidelinesPath, insightPath, learningGroupPath, regionPath } from '../paths';
import { WorkSection } from './WorkList';

/**
 * Where each role starts besides the work list: a coordinator's regions, a manager's guidelines and insight, the
 * administrator's pages, and the bouwteams and learning groups the person is in. A role the person does not hold
 * shows nothing; a person with no role at all is told how to get one.
 */
export function EntryPoints() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me) return null;
  const regions = contextsOf(me, 'region', ['coordinator']);
  const managed = contextsOf(me, 'building-team', ['manager']);
  const teams = contextsOf(me, 'building-team');
  const groups = contextsOf(me, 'learning-group');
  const isAdmin = me.person.isAdmin;
  const noRole = !isAdmin && regions.length + teams.length + groups.length === 0;
  return (
    <>
      {regions.length > 0 && (
        <WorkSection id="work-regions" heading={t('work.regions.heading')}>
          <Paragraph>{t('work.regions.lead')}</Paragraph>
          <UnorderedList aria-label={t('work.regions.heading')}>
            {regions.map((region) => (
              <UnorderedListItem key={region.id}>
                <TextLink to={regionPath(region.id)}>{t('work.regions.link', { region: region.name })}</TextLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </WorkSection>
      )}
      {managed.length > 0 && (
        <WorkSection id="work-manager" heading={t('work.manager.heading')}>
          <Paragraph>{t('work.manager.lead')}</Paragraph>
          <UnorderedList aria-label={t('work.manager.heading')}>
            {managed.flatMap((team) => [
              <UnorderedListItem key={`${team.id}-guidelines`}>
                <TextLink to={guidelinesPath(team.id)}>{t('work.manager.guidelines', { team: team.name })}</TextLink>
              </UnorderedListItem>,
              <UnorderedListItem key={`${team.id}-insight`}>
                <TextLink to={insightPath(team.id)}>{t('work.manager.insight', { team: team.name })}</TextLink>
              </UnorderedListItem>,
            ])}
          </UnorderedList>
        </WorkSection>
      )}
      {isAdmin && (
        <WorkSection id="work-admin" heading={t('work.admin.heading')}>
          <UnorderedList aria-label={t('work.admin.heading')}>
            {(
              [
                ['/beheer/lidmaatschappen', 'memberships'],
                ['/beheer/personen', 'people'],
                ['/beheer/organisaties', 'organisations'],
                ['/beheer/toegangslog', 'accessLog'],
              ] as const
            ).map(([to, key]) => (
              <UnorderedListItem key={key}>
                <TextLink to={to}>{t(`work.admin.${key}`)}</TextLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </WorkSection>
      )}
      {teams.length + groups.length > 0 && (
        <WorkSection id="work-contexts" heading={t('work.contexts.heading')}>
          <UnorderedList aria-label={t('work.contexts.heading')}>
            {teams.map((team) => (
              <UnorderedListItem key={team.id}>
                <TextLink to={buildingTeamPath(team.id)}>{team.name}</TextLink>
              </UnorderedListItem>
            ))}
            {groups.map((group) => (
              <UnorderedListItem key={group.id}>
                <TextLink to={learningGroupPath(group.id)}>
                  {t('work.contexts.learningGroup', { name: group.name })}
                </TextLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </WorkSection>
      )}
      {noRole && (
        <WorkSection id="work-no-role" heading={t('work.noRole.heading')}>
          <Paragraph>{t('work.noRole.text')}</Paragraph>
        </WorkSection>
      )}
    </>
  );
}
