import { languages, type Language } from '@leerkring/domain';
import { LanguageSwitch, PageLayout, SiteNav, mainContentId, type SiteNavLinkProps } from '@leerkring/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { changeLanguage } from '../lib/i18n';
import { useLanguage } from '../lib/use-language';

function RouterLink({ href, children, ...props }: SiteNavLinkProps) {
  return (
    <Link to={href} {...props}>
      {children}
    </Link>
  );
}

const navigation = [
  { href: '/', key: 'nav.start' },
  { href: '/bouwteams', key: 'nav.buildingTeams' },
] as const;

/** After a client-side navigation, put focus on the new page's main content, as a full page load would reset it. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(mainContentId)?.focus();
  }, [pathname]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { pathname } = useLocation();
  useFocusMainOnNavigation();

  return (
    <PageLayout
      productName={
        <Link to="/" aria-label={t('app.homeLinkLabel')}>
          {t('app.name')}
        </Link>
      }
      skipLinkLabel={t('app.skipLink')}
      nav={
        <SiteNav
          label={t('app.mainNavigation')}
          linkComponent={RouterLink}
          items={navigation.map((item) => ({
            href: item.href,
            label: t(item.key),
            current: item.href === '/' ? pathname === '/' : pathname.startsWith(item.href),
          }))}
        />
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
