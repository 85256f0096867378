import { UtrechtSkipLink } from '../utrecht/markup.js';
import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  /** The id of the element to jump to, without `#`. */
  targetId: string;
  label: string;
}

/** The first thing a keyboard user reaches: jumps past the header to the main content. */
export function SkipLink({ targetId, label }: SkipLinkProps) {
  // Focus the target ourselves: a client-side router may treat a hash change as navigation.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.();
  };
  return (
    <UtrechtSkipLink href={`#${targetId}`} onClick={onClick} className="lk-skip-link">
      {label}
    </UtrechtSkipLink>
  );
}
