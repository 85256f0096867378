import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminSections } from '../admin-sections';
import { PageTitle } from '../../../components/PageTitle';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { meQueryOptions } from '../../../lib/auth/me-query';
import { mayEverWith } from '../../../lib/auth/principal';

export function AdminIndexPage() {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions()).data;
  const sections = adminSections.filter((section) => mayEverWith(me, section.permission));
  if (sections.length === 0) return <ForbiddenPage />;
  return (
    <>
      <PageTitle title={t('admin.title')} />
      <Heading1>{t('admin.heading')}</Heading1>
      <Paragraph>{t('admin.lead')}</Paragraph>
      <UnorderedList>
        {sections.map((section) => (
          <UnorderedListItem key={section.path}>
            <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/${section.path}`}>
              {'heading' in section ? t(section.heading) : t(`admin.${section.key}.heading`)}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
