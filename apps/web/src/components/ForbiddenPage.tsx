import { Heading1, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

/** Shown when the policy (or the API's 403) refuses a page to the signed-in person. */
export function ForbiddenPage({ detail }: { detail?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('forbidden.title')} />
      <Heading1>{t('forbidden.heading')}</Heading1>
      <Paragraph>{detail ?? t('forbidden.body')}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('notFound.home')}
        </Link>
      </Paragraph>
    </>
  );
}
