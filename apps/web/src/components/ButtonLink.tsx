import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A router link that looks like a button: the page's main action when it leads elsewhere. */
export function ButtonLink({
  to,
  children,
  appearance = 'primary-action-button',
}: {
  to: string;
  children: ReactNode;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  return (
    <Link className={`utrecht-button utrecht-button--${appearance} lk-button-link`} to={to}>
      {children}
    </Link>
  );
}
