import { roles } from '@leerkring/domain';
import {
  Button,
  Heading2,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { useLanguage } from '../../../lib/use-language';
import { membershipsQueryOptions } from '../api/admin-queries';
import { useDecideMembership } from '../api/admin-mutations';

/** Four eyes: grants of roles that read case narratives wait here for a second administrator. */
export function PendingGrants() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const pending = useQuery(membershipsQueryOptions({ page: 1, pageSize: 50, status: 'pending' }));
  const decide = useDecideMembership();
  const roleLabel = (code: string) => roles.find((item) => item.code === code)?.label[language] ?? code;
  return (
    <section className="lk-pending-grants">
      <Heading2 id="pending-grants-heading">{t('admin.memberships.pendingHeading')}</Heading2>
      <Paragraph>{t('admin.memberships.pendingLead')}</Paragraph>
      {decide.isError ? <QueryProblem error={decide.error} headingLevel={3} /> : null}
      {decide.isSuccess ? (
        <Paragraph role="status">
          {t(decide.data.status === 'active' ? 'admin.memberships.approved' : 'admin.memberships.rejected', {
            person: decide.data.person.name,
            role: roleLabel(decide.data.role),
            where: decide.data.context.name,
          })}
        </Paragraph>
      ) : null}
      {pending.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : pending.isError ? (
        <QueryProblem error={pending.error} onRetry={() => void pending.refetch()} headingLevel={3} />
      ) : pending.data.items.length === 0 ? (
        <Paragraph>{t('admin.memberships.pendingNone')}</Paragraph>
      ) : (
        <Table caption={t('admin.memberships.pendingHeading')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('admin.memberships.person')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.memberships.role')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.memberships.context')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.memberships.requestedBy')}</TableHeaderCell>
              <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pending.data.items.map((membership) => {
              const what = {
                person: membership.person.name,
                role: roleLabel(membership.role),
                where: membership.context.name,
              };
              return (
                <TableRow key={membership.id}>
                  <TableCell>
                    {membership.person.name} ({membership.organisation.name})
                  </TableCell>
                  <TableCell>{roleLabel(membership.role)}</TableCell>
                  <TableCell>{membership.context.name}</TableCell>
                  <TableCell>{membership.requestedBy?.name ?? '—'}</TableCell>
                  <TableCell>
                    <div className="lk-actions">
                      <Button
                        type="button"
                        appearance="primary-action-button"
                        disabled={decide.isPending}
                        onClick={() => decide.mutate({ membershipId: membership.id, approve: true })}
                      >
                        {t('admin.memberships.approve')}
                        <span className="lk-visually-hidden"> {t('admin.memberships.grantOf', what)}</span>
                      </Button>
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        disabled={decide.isPending}
                        onClick={() => decide.mutate({ membershipId: membership.id, approve: false })}
                      >
                        {t('admin.memberships.reject')}
                        <span className="lk-visually-hidden"> {t('admin.memberships.grantOf', what)}</span>
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
