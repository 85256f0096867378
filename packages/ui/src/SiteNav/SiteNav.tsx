import { NavBar, NavList } from '../utrecht/markup.js';
import type { ComponentType, ReactNode } from 'react';

export interface SiteNavLinkProps {
  href: string;
  className: string;
  'aria-current'?: 'page' | undefined;
  children: ReactNode;
}

export interface SiteNavItem {
  href: string;
  label: string;
  current: boolean;
}

export interface SiteNavProps {
  /** The accessible name of the navigation landmark. */
  label: string;
  items: readonly SiteNavItem[];
  /** Renders a link; pass the router's link so navigation stays client-side. */
  linkComponent?: ComponentType<SiteNavLinkProps>;
}

function PlainLink({ children, ...props }: SiteNavLinkProps) {
  return <a {...props}>{children}</a>;
}

export function SiteNav({ label, items, linkComponent: LinkComponent = PlainLink }: SiteNavProps) {
  return (
    <NavBar aria-label={label} className="lk-site-nav">
      <NavList>
        {items.map((item) => (
          <li key={item.href} className="utrecht-nav-list__item">
            <LinkComponent
              href={item.href}
              className="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
              aria-current={item.current ? 'page' : undefined}
            >
              {item.label}
            </LinkComponent>
          </li>
        ))}
      </NavList>
    </NavBar>
  );
}
