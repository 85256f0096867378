import { languages, type Language } from '@leerkring/domain';
import { Button, LanguageSwitch, PageLayout, SiteNav, mainContentId, type SiteNavLinkProps } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { changeLanguage } from '../lib/i18n';
import { useLanguage } from '../lib/use-language';
import { meQueryOptions } from '../lib/auth/me-query';
import { mayEverWith } from '../lib/auth/principal';
import { coordinatorRegions } from '../lib/auth/coordinator-regions';
import { useSignOut } from '../lib/auth/use-session';
import { adminSections } from '../features/admin/admin-sections';
import { DemoBanner } from './DemoBanner';
import { useSignInOnUnauthorized } from './use-sign-in-on-unauthorized';

function RouterLink({ href, children, ...props }: SiteNavLinkProps) {
  return (
    <Link to={href} {...props}>
      {children}
    </Link>
  );
}

const navigation = [
  { href: '/', key: 'nav.start', permission: 'overview:read' },
  { href: '/bouwteams', key: 'nav.buildingTeams', permission: 'building-team:read' },
  { href: '/leergroepen', key: 'nav.learningGroups', permission: 'learning-group:read' },
  { href: '/kennisvouchers', key: 'nav.vouchers', permission: 'voucher:read' },
  { href: '/profiel', key: 'nav.profile', permission: 'profile:read' },
] as const;

/** After a client-side navigation, put focus on the new page's main content, as a full page load would reset it. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  const firstChange = useRef(true);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const redirectOnLoad = firstChange.current && navigationType === NavigationType.Replace;
    firstChange.current = false;
    // A redirect right after the page loaded (such as to the sign-in page) is not a navigation the person made:
    // leave focus at the start of the page, so the skip link still comes first.
    if (redirectOnLoad) return;
    document.getElementById(mainContentId)?.focus();
  }, [pathname, navigationType]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { pathname } = useLocation();
  useFocusMainOnNavigation();
  useSignInOnUnauthorized();
  const me = useQuery(meQueryOptions()).data;
  const signOut = useSignOut();
  const items: { href: string; label: string }[] = navigation
    .filter((item) => mayEverWith(me, item.permission))
    .map((item) => ({ href: item.href, label: t(item.key) }));
  // The region dashboard is for whoever coordinates a region: another role that may "ever" read a plan sees none.
  if (coordinatorRegions(me).length > 0) items.splice(1, 0, { href: '/regio', label: t('nav.region') });
  if (adminSections.some((section) => mayEverWith(me, section.permission)))
    items.push({ href: '/beheer', label: t('nav.admin') });

  return (
    <PageLayout
      productName={
        <Link to="/" aria-label={t('app.homeLinkLabel')}>
          {t('app.name')}
        </Link>
      }
      skipLinkLabel={t('app.skipLink')}
      banner={<DemoBanner />}
      nav={
        me ? (
          <SiteNav
            label={t('app.mainNavigation')}
            linkComponent={RouterLink}
            items={items.map((item) => ({
              ...item,
              current: item.href === '/' ? pathname === '/' : pathname.startsWith(item.href),
            }))}
          />
        ) : undefined
      }
      account={
        me ? (
          <>
            <span className="lk-account-name">{t('session.signedInAs', { name: me.person.name })}</span>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              {t('session.signOut')}
            </Button>
          </>
        ) : undefined
      }
      languageSwitch={
        <LanguageSwitch<Language>
          label={t('language.switchLabel')}
          options={languages.map((code) => ({ code, label: t(`language.${code}`) }))}
          current={language}
          onChange={(code) => void changeLanguage(code)}
        />
      }
      footer={<p className="lk-footer-text">{t('app.footer')}</p>}
    >
      <Outlet />
    </PageLayout>
  );
}
