import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { TextLink } from '../../../components/TextLink';
import { useMe } from '../../../lib/auth/use-session';
import { coordinatorRegions } from '../../../lib/auth/coordinator-regions';
import { regionDashboardPath } from '../paths';

/** `/regio`: the dashboard of the one region the person coordinates, or a choice when there are several. */
export function RegionChooserPage() {
  const { t } = useTranslation();
  const regions = coordinatorRegions(useMe());
  if (regions.length === 1) return <Navigate replace to={regionDashboardPath(regions[0]!.id)} />;
  return (
    <>
      <PageTitle title={t('gala.regions.title')} />
      <Heading1>{t('gala.regions.title')}</Heading1>
      {regions.length === 0 ? (
        <Paragraph>{t('gala.regions.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {regions.map((region) => (
            <UnorderedListItem key={region.id}>
              <TextLink to={regionDashboardPath(region.id)}>{region.name}</TextLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
