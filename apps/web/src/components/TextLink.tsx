import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A router link in the design system's link style. */
export function TextLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="utrecht-link utrecht-link--html-a" to={to}>
      {children}
    </Link>
  );
}
