import { createPasswordResetLink, createPerson, updatePerson, type Person } from '@leerkring/domain';
import {
  Alert,
  Button,
  CheckboxField,
  Heading1,
  Heading2,
  LoadingState,
  Paragraph,
  ProblemAlert,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
} from '@leerkring/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRecordPage, NewRecordPage } from './RecordPages';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { callApi, problemOf } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { peopleQueryOptions, personQueryOptions } from '../api/admin-queries';

import { organisationOptions } from '../../../lib/queries/pickers';
import { SavedMessage } from '../../../components/SavedMessage';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';

export function PeoplePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageNumber();
  const search = searchParams.get('zoek')?.trim() || undefined;
  const [searchInput, setSearchInput] = useState(search ?? '');
  const query = useQuery(peopleQueryOptions({ page, pageSize: 20, search }));
  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(searchInput.trim() ? { zoek: searchInput.trim() } : {});
  };
  return (
    <>
      <PageTitle title={t('admin.people.title')} />
      <Heading1>{t('admin.people.heading')}</Heading1>
      <SavedMessage />
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="nieuw">
          {t('admin.people.new')}
        </Link>
      </Paragraph>
      <form onSubmit={onFilter} role="search" aria-label={t('common.filters')} className="lk-filters">
        <TextField
          id="people-search"
          type="search"
          label={t('admin.people.search')}
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.filter')}
        </Button>
      </form>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Table caption={t('admin.people.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('admin.people.name')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.people.email')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.people.organisation')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.people.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((person) => (
                <TableRow key={person.id}>
                  <TableCell>
                    <Link className="utrecht-link utrecht-link--html-a" to={person.id}>
                      {person.name}
                    </Link>
                  </TableCell>
                  <TableCell>{person.email}</TableCell>
                  <TableCell>{person.organisation.name}</TableCell>
                  <TableCell>
                    {[
                      person.active ? t('admin.people.active') : t('admin.people.inactive'),
                      person.isAdmin ? t('admin.people.isAdmin') : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('admin.people.pagination')} />
        </>
      )}
    </>
  );
}

const personFields = ['name', 'email', 'organisationId', 'isAdmin', 'active'] as const;

function PersonForm({ person }: { person?: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [organisation, setOrganisation] = useState<PickerOption | null>(person?.organisation ?? null);
  const [isAdmin, setIsAdmin] = useState(person?.isAdmin ?? false);
  const [active, setActive] = useState(person?.active ?? true);
  const save = useMutation({
    mutationFn: () => {
      const organisationId = organisation?.id ?? '';
      return person
        ? callApi(updatePerson, {
            params: { personId: person.id },
            body: { name, email, organisationId, isAdmin, active },
          })
        : callApi(createPerson, { body: { name, email, organisationId, isAdmin } });
    },
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['people'], refetchType: 'all' });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      await navigate(
        `/beheer/personen?zoek=${encodeURIComponent(saved.email)}&opgeslagen=${encodeURIComponent(saved.name)}`,
      );
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <FormProblem error={save.error} fields={personFields} />
      <TextField
        id="person-name"
        label={t('admin.people.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        required
        autoComplete="off"
      />
      <TextField
        id="person-email"
        type="email"
        label={t('admin.people.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        required
        autoComplete="off"
      />
      <SearchPicker
        id="person-organisation"
        label={t('admin.people.organisation')}
        value={organisation}
        onChange={setOrganisation}
        optionsQuery={organisationOptions}
        error={errors.organisationId}
      />
      <CheckboxField
        id="person-admin"
        label={t('admin.people.isAdminLabel')}
        checked={isAdmin}
        onChange={(event) => setIsAdmin(event.target.checked)}
        error={errors.isAdmin}
      />
      {person ? (
        <CheckboxField
          id="person-active"
          label={t('admin.people.activeLabel')}
          description={t('admin.people.activeDescription')}
          checked={active}
          onChange={(event) => setActive(event.target.checked)}
          error={errors.active}
        />
      ) : null}
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function NewPersonPage() {
  const { t } = useTranslation();
  return (
    <NewRecordPage title={t('admin.people.newTitle')} back={{ to: '/beheer/personen', label: t('admin.people.back') }}>
      <PersonForm />
    </NewRecordPage>
  );
}

export function EditPersonPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  return (
    <EditRecordPage
      title={t('admin.people.editTitle')}
      heading={(record) => t('admin.people.editHeading', { name: record.name })}
      query={useQuery(personQueryOptions(personId))}
      back={{ to: '/beheer/personen', label: t('admin.people.back') }}
      form={(record) => (
        <>
          <PersonForm person={record} key={record.id} />
          <SendResetLink person={record} />
        </>
      )}
    />
  );
}

/** Administrators never set a password: they send a one-time link; without a mail server it is shown here, once. */
function SendResetLink({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const send = useMutation({ mutationFn: () => callApi(createPasswordResetLink, { params: { personId: person.id } }) });
  const expires = send.data ? formatDateTime({ timestamp: send.data.expiresAt, language }) : '';
  return (
    <section aria-labelledby="reset-link-heading" className="lk-form">
      <Heading2 id="reset-link-heading">{t('admin.people.resetHeading')}</Heading2>
      <Paragraph>{t('admin.people.resetLead')}</Paragraph>
      {send.isError ? <ProblemAlert title={problemOf(send.error).title} detail={problemOf(send.error).detail} /> : null}
      {send.data?.sentTo ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.people.resetSent', { email: send.data.sentTo, expires })}</Paragraph>
        </Alert>
      ) : send.data?.link ? (
        <Alert type="warning" role="status">
          <Paragraph>{t('admin.people.resetShownOnce', { expires })}</Paragraph>
          <Paragraph>
            <code className="lk-reset-link" aria-label={t('admin.people.resetLinkLabel')}>
              {send.data.link}
            </code>
          </Paragraph>
        </Alert>
      ) : null}
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={send.isPending}
        onClick={() => send.mutate()}
      >
        {t('admin.people.resetSubmit')}
      </Button>
    </section>
  );
}
