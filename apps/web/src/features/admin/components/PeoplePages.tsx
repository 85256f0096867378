import {
  Heading1,
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
import { EditRecordPage, NewRecordPage } from './RecordPages';
import { Link, useParams, useSearchParams } from 'react-router';
import { FilterForm } from '../../../components/FilterForm';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { peopleQueryOptions, personQueryOptions } from '../api/admin-queries';
import { SavedMessage } from '../../../components/SavedMessage';
import { personFilterSchema } from '../person-form';
import { PersonForm, SendResetLink } from './PersonForm';

export function PeoplePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = usePageNumber();
  const search = searchParams.get('zoek')?.trim() || undefined;
  const query = useQuery(peopleQueryOptions({ page, pageSize: 20, search }));
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
      <FilterForm
        schema={personFilterSchema}
        error={query.error}
        fields={[
          { param: 'zoek', apiName: 'search', id: 'people-search', type: 'search', label: t('admin.people.search') },
        ]}
      />
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
