import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from '../utrecht/cx.js';

export interface TableProps {
  /** The caption, which also names the scrollable region around the table. */
  caption: string;
  /** Hide the caption visually (it stays for screen readers). */
  captionHidden?: boolean;
  children: ReactNode;
}

/**
 * A Utrecht table in a region that scrolls sideways on narrow screens (reachable by keyboard), so the page itself
 * never scrolls horizontally.
 */
export function Table({ caption, captionHidden, children }: TableProps) {
  return (
    <div className="lk-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table lk-table">
        <caption className={cx('utrecht-table__caption', captionHidden && 'lk-visually-hidden')}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHeader(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead {...props} className={cx('utrecht-table__header', props.className)} />;
}
export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} className={cx('utrecht-table__body', props.className)} />;
}
export function TableRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} className={cx('utrecht-table__row', props.className)} />;
}
export function TableHeaderCell(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} className={cx('utrecht-table__header-cell', props.className)} />;
}
export function TableCell(props: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} className={cx('utrecht-table__cell', props.className)} />;
}
