import { AuthErrorCode, type Permission } from '@leerkring/domain';
import { Heading1, LoadingState } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { meQueryOptions } from '../lib/auth/me-query';
import { mayEverWith } from '../lib/auth/principal';
import { signInUrl } from '../lib/auth/return-path';
import { isApiProblem, problemCode } from '../lib/api-client';
import { PageTitle } from '../components/PageTitle';
import { QueryProblem } from '../components/QueryProblem';
import { ForbiddenPage } from '../components/ForbiddenPage';

/** The pages behind it need a signed-in person; anyone else goes to the sign-in page, with a way back. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const query = useQuery(meQueryOptions());
  if (query.isPending) return <LoadingState label={t('session.loading')} />;
  if (query.isError) {
    if (isApiProblem(query.error) && query.error.status === 401) {
      const expired = problemCode(query.error) === AuthErrorCode.SESSION_EXPIRED;
      return <Navigate replace to={signInUrl({ returnTo: `${location.pathname}${location.search}`, expired })} />;
    }
    return (
      <>
        <PageTitle title={t('problem.page.title')} />
        <Heading1>{t('problem.page.title')}</Heading1>
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <Outlet />;
}

/** The pages behind it need a permission the person could hold somewhere, as the domain's policy says. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useQuery(meQueryOptions()).data;
  if (!mayEverWith(me, permission)) return <ForbiddenPage />;
  return <Outlet />;
}
