import {
  approveMembership,
  contextTypes,
  createMembership,
  deleteMembership,
  MembershipStatusSchema,
  rejectMembership,
  roles,
  type ContextType,
  type MembershipStatus,
  type Role,
} from '@leerkring/domain';
import {
  Button,
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { callApi } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { contextsQueryOptions, membershipsQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';

const isContextType = (value: string): value is ContextType => contextTypes.some((type) => type.code === value);
const isRole = (value: string): value is Role => roles.some((role) => role.code === value);
const isStatus = (value: string): value is MembershipStatus => MembershipStatusSchema.safeParse(value).success;

/** Four eyes: grants of roles that read case narratives wait here for a second administrator. */
function PendingGrants() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const pending = useQuery(membershipsQueryOptions({ page: 1, pageSize: 50, status: 'pending' }));
  const decide = useMutation({
    mutationFn: ({ membershipId, approve }: { membershipId: string; approve: boolean }) =>
      callApi(approve ? approveMembership : rejectMembership, { params: { membershipId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['memberships'] }),
  });
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

function AddMembership() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [contextType, setContextType] = useState<ContextType>('building-team');
  const [contextId, setContextId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const contexts = useQuery(contextsQueryOptions(contextType));
  const add = useMutation({
    mutationFn: () =>
      callApi(createMembership, { body: { personId: person?.id ?? '', contextType, contextId, role: role as Role } }),
    onSuccess: async () => {
      setRole('');
      await queryClient.invalidateQueries({ queryKey: ['memberships'] });
    },
  });
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="add-membership-heading"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate();
      }}
    >
      <Heading2 id="add-membership-heading">{t('admin.memberships.add')}</Heading2>
      <FormProblem error={add.error} fields={['personId', 'contextType', 'contextId', 'role']} />
      {add.isSuccess ? (
        <Paragraph role="status">
          {t(add.data.status === 'pending' ? 'admin.memberships.addedPending' : 'admin.memberships.added', {
            person: add.data.person.name,
            where: add.data.context.name,
          })}
        </Paragraph>
      ) : null}
      <SearchPicker
        id="membership-person"
        label={t('admin.memberships.person')}
        value={person}
        onChange={setPerson}
        optionsQuery={personOptions}
        error={errors.personId}
      />
      <SelectField
        id="membership-context-type"
        label={t('admin.memberships.contextType')}
        value={contextType}
        error={errors.contextType}
        onChange={(event) => {
          if (isContextType(event.target.value)) setContextType(event.target.value);
          setContextId('');
        }}
        options={contextTypes.map((type) => ({ value: type.code, label: type.label[language] }))}
      />
      <SelectField
        id="membership-context"
        label={t('admin.memberships.context')}
        value={contextId}
        error={errors.contextId}
        aria-busy={contexts.isPending || undefined}
        onChange={(event) => setContextId(event.target.value)}
        options={[
          { value: '', label: t('common.choose') },
          ...(contexts.data ?? []).map((context) => ({ value: context.id, label: context.name })),
        ]}
      />
      {contexts.isError ? (
        <QueryProblem error={contexts.error} onRetry={() => void contexts.refetch()} headingLevel={3} />
      ) : null}
      <SelectField
        id="membership-role"
        label={t('admin.memberships.role')}
        value={role}
        error={errors.role}
        onChange={(event) => setRole(isRole(event.target.value) ? event.target.value : '')}
        options={[
          { value: '', label: t('common.choose') },
          ...roles.map((item) => ({ value: item.code, label: item.label[language] })),
        ]}
      />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('admin.memberships.addSubmit')}
      </Button>
    </form>
  );
}

export function MembershipsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
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
  const remove = useMutation({
    mutationFn: (membershipId: string) => callApi(deleteMembership, { params: { membershipId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['memberships'] }),
  });
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
