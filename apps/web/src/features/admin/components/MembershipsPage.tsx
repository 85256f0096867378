import {
  contextTypes,
  MembershipStatusSchema,
  roles,
  type ContextType,
  type MembershipStatus,
  type Role,
} from '@leerkring/domain';
import {
  Heading1,
  Heading2,
  LoadingState,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { useLanguage } from '../../../lib/use-language';
import { membershipsQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { PendingGrants } from './PendingGrants';
import { AddMembership } from './AddMembership';
import { isContextType, isRole, isStatus } from './membership-choices';
import { useDeleteMembership } from '../api/admin-mutations';

export function MembershipsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, setSearchParams] = useSearchParams();
  const page = usePageNumber();
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [contextType, setContextType] = useState<ContextType | ''>('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<MembershipStatus | ''>('');
  const query = useQuery(
    membershipsQueryOptions({
      page,
      pageSize: 20,
      personId: person?.id,
      contextType: contextType || undefined,
      role: role || undefined,
      status: status || undefined,
    }),
  );
  const remove = useDeleteMembership();
  const resetPage = () => setSearchParams({});
  const roleLabel = (code: string) => roles.find((item) => item.code === code)?.label[language] ?? code;
  const typeLabel = (code: string) => contextTypes.find((item) => item.code === code)?.label[language] ?? code;
  return (
    <>
      <PageTitle title={t('admin.memberships.title')} />
      <Heading1>{t('admin.memberships.heading')}</Heading1>
      <Paragraph appearance="lead">{t('admin.memberships.lead')}</Paragraph>
      <section aria-labelledby="membership-filters-heading" className="lk-filters">
        <Heading2 id="membership-filters-heading">{t('common.filters')}</Heading2>
        <SearchPicker
          id="membership-filter-person"
          label={t('admin.memberships.person')}
          value={person}
          onChange={(value) => {
            setPerson(value);
            resetPage();
          }}
          optionsQuery={personOptions}
          allowEmpty
          emptyLabel={t('common.all')}
        />
        <SelectField
          id="membership-filter-context-type"
          label={t('admin.memberships.contextType')}
          value={contextType}
          onChange={(event) => {
            setContextType(isContextType(event.target.value) ? event.target.value : '');
            resetPage();
          }}
          options={[
            { value: '', label: t('common.all') },
            ...contextTypes.map((type) => ({ value: type.code, label: type.label[language] })),
          ]}
        />
        <SelectField
          id="membership-filter-role"
          label={t('admin.memberships.role')}
          value={role}
          onChange={(event) => {
            setRole(isRole(event.target.value) ? event.target.value : '');
            resetPage();
          }}
          options={[
            { value: '', label: t('common.all') },
            ...roles.map((item) => ({ value: item.code, label: item.label[language] })),
          ]}
        />
        <SelectField
          id="membership-filter-status"
          label={t('admin.memberships.status')}
          value={status}
          onChange={(event) => {
            setStatus(isStatus(event.target.value) ? event.target.value : '');
            resetPage();
          }}
          options={[
            { value: '', label: t('common.all') },
            ...MembershipStatusSchema.options.map((code) => ({
              value: code,
              label: t(`admin.memberships.statuses.${code}`),
            })),
          ]}
        />
      </section>
      <PendingGrants />
      {remove.isError ? <QueryProblem error={remove.error} /> : null}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Table caption={t('admin.memberships.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('admin.memberships.person')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.memberships.role')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.memberships.context')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.memberships.status')}</TableHeaderCell>
                <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((membership) => (
                <TableRow key={membership.id}>
                  <TableCell>
                    {membership.person.name} ({membership.organisation.name})
                  </TableCell>
                  <TableCell>{roleLabel(membership.role)}</TableCell>
                  <TableCell>
                    {typeLabel(membership.context.type)}: {membership.context.name}
                  </TableCell>
                  <TableCell>{t(`admin.memberships.statuses.${membership.status}`)}</TableCell>
                  <TableCell>
                    <ConfirmButton
                      label={t('admin.memberships.remove')}
                      question={t('admin.memberships.removeQuestion', {
                        person: membership.person.name,
                        role: roleLabel(membership.role),
                        where: membership.context.name,
                      })}
                      confirmLabel={t('admin.memberships.removeConfirm')}
                      onConfirm={() => remove.mutate(membership.id)}
                      busy={remove.isPending}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('admin.memberships.pagination')} />
        </>
      )}
      <AddMembership />
    </>
  );
}
