import { Paragraph } from '@leerkring/ui';
import { Link } from 'react-router';

/** A plain link back to where the page belongs. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Paragraph>
      <Link className="utrecht-link utrecht-link--html-a" to={to}>
        {label}
      </Link>
    </Paragraph>
  );
}
