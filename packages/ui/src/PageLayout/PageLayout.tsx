import { Page, PageContent, PageFooter, PageHeader } from '../utrecht/markup.js';
import type { ReactNode } from 'react';
import { SkipLink } from '../SkipLink/SkipLink.js';

export interface PageLayoutProps {
  /** The product name, usually a link home. */
  productName: ReactNode;
  skipLinkLabel: string;
  /** Site navigation, e.g. a `SiteNav`. */
  nav?: ReactNode;
  /** The language switch, shown in the header. */
  languageSwitch?: ReactNode;
  /** Who is signed in and a way to sign out, shown in the header after the language switch. */
  account?: ReactNode;
  footer?: ReactNode;
  /** A notice above the header on every page, such as the demo-mode banner. */
  banner?: ReactNode;
  children: ReactNode;
}

export const mainContentId = 'main';

/** The frame of every page: skip link, header with product name, navigation and language switch, main, footer. */
export function PageLayout({
  productName,
  skipLinkLabel,
  nav,
  languageSwitch,
  account,
  footer,
  banner,
  children,
}: PageLayoutProps) {
  return (
    <div className="utrecht-theme utrecht-document utrecht-document--surface lk-app">
      <SkipLink targetId={mainContentId} label={skipLinkLabel} />
      {banner}
      <Page className="lk-page">
        <PageHeader className="lk-page-header">
          <div className="lk-page-header__content">
            <div className="lk-page-header__bar">
              <p className="lk-product-name">{productName}</p>
              {languageSwitch ? <div className="lk-page-header__language">{languageSwitch}</div> : null}
              {account ? <div className="lk-page-header__account">{account}</div> : null}
            </div>
            {nav}
          </div>
        </PageHeader>
        <PageContent className="lk-page-content">
          <main id={mainContentId} tabIndex={-1} className="utrecht-page-content__main lk-main">
            {children}
          </main>
        </PageContent>
        {footer ? <PageFooter className="lk-page-footer">{footer}</PageFooter> : null}
      </Page>
    </div>
  );
}
