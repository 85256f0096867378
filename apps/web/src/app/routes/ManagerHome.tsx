import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../components/TextLink';
import { useMe } from '../../lib/auth/use-session';

/** On the start page of a manager: per bouwteam they manage, the way to its guideline, agreements and obstacles. */
export function ManagerHome() {
  const { t } = useTranslation();
  const me = useMe();
  const teams = (me?.memberships ?? []).filter(
    (membership) =>
      membership.role === 'manager' && membership.status === 'active' && membership.context.type === 'building-team',
  );
  if (teams.length === 0) return null;
  return (
    <section aria-labelledby="manager-home-heading">
      <Heading2 id="manager-home-heading">{t('managerHome.heading')}</Heading2>
      <Paragraph>{t('managerHome.lead')}</Paragraph>
      <UnorderedList>
        {teams.map((membership) => (
          <UnorderedListItem key={membership.id}>
            <TextLink to={`/bouwteams/${membership.context.id}/manager`}>
              {t('managerHome.link', { name: membership.context.name })}
            </TextLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
