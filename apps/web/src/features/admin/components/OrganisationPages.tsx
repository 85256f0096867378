import { organisationTypes, type Organisation, type OrganisationType } from '@leerkring/domain';
import {
  Button,
  Heading1,
  LoadingState,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRecordPage, NewRecordPage } from './RecordPages';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, nameMessages, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { organisationQueryOptions, organisationsQueryOptions } from '../api/admin-queries';
import { SavedMessage } from '../../../components/SavedMessage';
import { useSaveOrganisation } from '../api/admin-mutations';
import { organisationFormSchema } from '../organisation-form';

const isType = (value: string | null): value is OrganisationType =>
  organisationTypes.some((type) => type.code === value);

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageNumber();
  const typeParam = searchParams.get('type');
  const type = isType(typeParam) ? typeParam : undefined;
  const search = searchParams.get('zoek')?.trim() || undefined;
  const query = useQuery(organisationsQueryOptions({ page, pageSize: 20, type, search }));
  const [typeInput, setTypeInput] = useState(type ?? '');
  const [searchInput, setSearchInput] = useState(search ?? '');
  const typeLabel = (code: string) => organisationTypes.find((term) => term.code === code)?.label[language] ?? code;

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (typeInput) next.set('type', typeInput);
    if (searchInput.trim()) next.set('zoek', searchInput.trim());
    setSearchParams(next);
  };

  return (
    <>
      <PageTitle title={t('admin.organisations.title')} />
      <Heading1>{t('admin.organisations.heading')}</Heading1>
      <SavedMessage />
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="nieuw">
          {t('admin.organisations.new')}
        </Link>
      </Paragraph>
      <form onSubmit={onFilter} role="search" aria-label={t('common.filters')} className="lk-filters">
        <SelectField
          id="organisation-type-filter"
          label={t('admin.organisations.type')}
          value={typeInput}
          onChange={(event) => setTypeInput(event.target.value)}
          options={[
            { value: '', label: t('common.all') },
            ...organisationTypes.map((term) => ({ value: term.code, label: term.label[language] })),
          ]}
        />
        <TextField
          id="organisation-search"
          type="search"
          label={t('admin.organisations.search')}
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
          <Paragraph>{t('common.totalItems', { count: query.data.meta.totalItems })}</Paragraph>
          <Table caption={t('admin.organisations.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('admin.organisations.name')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.organisations.type')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.organisations.kvkNumber')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.organisations.oin')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((organisation) => (
                <TableRow key={organisation.id}>
                  <TableCell>
                    <Link className="utrecht-link utrecht-link--html-a" to={organisation.id}>
                      {organisation.name}
                    </Link>
                  </TableCell>
                  <TableCell>{typeLabel(organisation.type)}</TableCell>
                  <TableCell>{organisation.kvkNumber ?? '—'}</TableCell>
                  <TableCell>{organisation.oin ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('admin.organisations.pagination')} />
        </>
      )}
    </>
  );
}

const organisationFields = ['name', 'type', 'kvkNumber', 'oin'] as const;

function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, watch } = useSchemaForm(organisationFormSchema, {
    name: organisation?.name ?? '',
    type: organisation?.type ?? '',
    kvkNumber: organisation?.kvkNumber ?? '',
    oin: organisation?.oin ?? '',
  });
  const save = useSaveOrganisation(organisation, {
    onSuccess: (saved) =>
      navigate(
        `/beheer/organisaties?zoek=${encodeURIComponent(saved.name)}&opgeslagen=${encodeURIComponent(saved.name)}`,
      ),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    name: nameMessages(t),
    kvkNumber: { invalid_format: t('admin.organisations.kvkInvalid') },
    oin: { invalid_format: t('admin.organisations.oinInvalid') },
  });
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)}
    >
      <FormProblem error={save.error} fields={organisationFields} />
      <TextField
        id="organisation-name"
        label={t('admin.organisations.name')}
        {...register('name')}
        error={errorAt('name')}
        required
        autoComplete="organization"
      />
      <SelectField
        id="organisation-type"
        label={t('admin.organisations.type')}
        {...register('type')}
        defaultValue={organisation?.type ?? ''}
        error={errorAt('type')}
        required
        options={[
          ...(watch('type') ? [] : [{ value: '', label: t('common.choose') }]),
          ...organisationTypes.map((term) => ({ value: term.code, label: term.label[language] })),
        ]}
      />
      <TextField
        id="organisation-kvk"
        label={t('admin.organisations.kvkNumber')}
        description={t('admin.organisations.kvkDescription')}
        {...register('kvkNumber')}
        error={errorAt('kvkNumber')}
        inputMode="numeric"
      />
      <TextField
        id="organisation-oin"
        label={t('admin.organisations.oin')}
        description={t('admin.organisations.oinDescription')}
        {...register('oin')}
        error={errorAt('oin')}
        inputMode="numeric"
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function NewOrganisationPage() {
  const { t } = useTranslation();
  return (
    <NewRecordPage
      title={t('admin.organisations.newTitle')}
      back={{ to: '/beheer/organisaties', label: t('admin.organisations.back') }}
    >
      <OrganisationForm />
    </NewRecordPage>
  );
}

export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  return (
    <EditRecordPage
      title={t('admin.organisations.editTitle')}
      heading={(record) => t('admin.organisations.editHeading', { name: record.name })}
      query={useQuery(organisationQueryOptions(organisationId))}
      back={{ to: '/beheer/organisaties', label: t('admin.organisations.back') }}
      form={(record) => <OrganisationForm organisation={record} key={record.id} />}
    />
  );
}
