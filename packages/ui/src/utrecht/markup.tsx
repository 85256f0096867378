/*
 * Utrecht's CSS components as small React components, for the components that have no per-component React package.
 * The markup and class names are the ones Utrecht's own React components render. We do not import the
 * @utrecht/component-library-react bundle: its `displayName` assignments keep all of its ~195 kB in every bundle.
 */
import type { AnchorHTMLAttributes, HTMLAttributes, LiHTMLAttributes } from 'react';
import { cx } from './cx.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
}

export function Heading({ level, className, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...props} className={cx(`utrecht-heading-${level}`, className)} />;
}

export function Heading1(props: HTMLAttributes<HTMLHeadingElement>) {
  return <Heading level={1} {...props} />;
}
export function Heading2(props: HTMLAttributes<HTMLHeadingElement>) {
  return <Heading level={2} {...props} />;
}
export function Heading3(props: HTMLAttributes<HTMLHeadingElement>) {
  return <Heading level={3} {...props} />;
}

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  appearance?: 'lead' | 'small';
}

export function Paragraph({ appearance, className, ...props }: ParagraphProps) {
  return (
    <p {...props} className={cx('utrecht-paragraph', appearance && `utrecht-paragraph--${appearance}`, className)} />
  );
}

export function UnorderedList({ className, ...props }: HTMLAttributes<HTMLUListElement>) {
  return <ul {...props} className={cx('utrecht-unordered-list', className)} />;
}

export function UnorderedListItem({ className, ...props }: LiHTMLAttributes<HTMLLIElement>) {
  return <li {...props} className={cx('utrecht-unordered-list__item', className)} />;
}

export type AlertType = 'error' | 'warning' | 'info' | 'ok';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type: AlertType;
}

/** The message carries the live-region role, as in Utrecht's Alert: `alert` for errors and warnings, else `status`. */
export function Alert({ type, className, children, role, ...props }: AlertProps) {
  const messageRole = role ?? (type === 'error' || type === 'warning' ? 'alert' : 'status');
  return (
    <div {...props} className={cx('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={messageRole}>
          {children}
        </div>
      </div>
    </div>
  );
}

export function Page({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div {...props} className={cx('utrecht-page', className)} />;
}

export function PageHeader({ className, children, ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <header {...props} className={cx('utrecht-page-header', className)}>
      <div className="utrecht-page-header__content">{children}</div>
    </header>
  );
}

export function PageContent({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div {...props} className={cx('utrecht-page-content', className)} />;
}

export function PageFooter({ className, children, ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <footer {...props} className={cx('utrecht-page-footer', className)}>
      <div className="utrecht-page-footer__content">{children}</div>
    </footer>
  );
}

export function UtrechtSkipLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...props} className={cx('utrecht-skip-link', 'utrecht-skip-link--visible-on-focus', className)} />;
}

export function NavBar({ className, children, ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <nav {...props} className={cx('utrecht-nav-bar', className)}>
      <div className="utrecht-nav-bar__content">{children}</div>
    </nav>
  );
}

export function NavList({ className, ...props }: HTMLAttributes<HTMLUListElement>) {
  return <ul {...props} className={cx('utrecht-nav-list', className)} />;
}
