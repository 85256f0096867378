import type { ReactNode } from 'react';

export interface StatCardProps {
  /** The formatted number. */
  value: string;
  /** What is counted, e.g. "organisaties". */
  label: string;
  /** Optional link or extra line under the label. */
  children?: ReactNode;
}

export function StatCard({ value, label, children }: StatCardProps) {
  return (
    <div className="lk-stat-card">
      <span className="lk-stat-card__value">{value}</span> <span className="lk-stat-card__label">{label}</span>
      {children ? <div className="lk-stat-card__extra">{children}</div> : null}
    </div>
  );
}

export interface StatListItem extends StatCardProps {
  id: string;
}

export interface StatListProps {
  /** The accessible name of the list. */
  label: string;
  items: readonly StatListItem[];
}

/** Counts shown as a row of cards that wraps on narrow screens. */
export function StatList({ label, items }: StatListProps) {
  return (
    <ul className="lk-stat-list" aria-label={label}>
      {items.map(({ id, ...card }) => (
        <li key={id} className="lk-stat-list__item">
          <StatCard {...card} />
        </li>
      ))}
    </ul>
  );
}
