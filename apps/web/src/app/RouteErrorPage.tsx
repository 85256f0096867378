import { Heading1, PageLayout, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { QueryProblem } from '../components/QueryProblem';
import { PageTitle } from '../components/PageTitle';

/** Shown when a page fails to render: still the frame, a readable problem and a way home, never a blank page. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <PageLayout productName={<a href="/">{t('app.name')}</a>} skipLinkLabel={t('app.skipLink')}>
      <PageTitle title={t('problem.page.title')} />
      <Heading1>{t('problem.page.title')}</Heading1>
      <QueryProblem error={error} onRetry={() => window.location.reload()} />
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="/">
          {t('notFound.home')}
        </a>
      </Paragraph>
    </PageLayout>
  );
}
