import { Heading1, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <Heading1>{t('notFound.heading')}</Heading1>
      <Paragraph>{t('notFound.body', { path: pathname })}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('notFound.home')}
        </Link>
      </Paragraph>
    </>
  );
}
