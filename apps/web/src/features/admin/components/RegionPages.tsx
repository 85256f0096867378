import { RegionCreateSchema, type Region } from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Fieldset,
  Heading1,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EditRecordPage, NewRecordPage } from './RecordPages';
import { Link, useNavigate, useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, nameMessages, useSchemaForm } from '../../../lib/form';
import { organisationsQueryOptions, regionQueryOptions, regionsQueryOptions } from '../api/admin-queries';
import { SavedMessage } from '../../../components/SavedMessage';
import { useSaveRegion } from '../api/admin-mutations';

export function RegionsPage() {
  const { t } = useTranslation();
  const page = usePageNumber();
  const query = useQuery(regionsQueryOptions({ page, pageSize: 20 }));
  return (
    <>
      <PageTitle title={t('admin.regions.title')} />
      <Heading1>{t('admin.regions.heading')}</Heading1>
      <SavedMessage />
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to="nieuw">
          {t('admin.regions.new')}
        </Link>
      </Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Table caption={t('admin.regions.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('admin.regions.name')}</TableHeaderCell>
                <TableHeaderCell>{t('admin.regions.municipalities')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((region) => (
                <TableRow key={region.id}>
                  <TableCell>
                    <Link className="utrecht-link utrecht-link--html-a" to={region.id}>
                      {region.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {region.municipalities.map((municipality) => municipality.name).join(', ') || '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('admin.regions.pagination')} />
        </>
      )}
    </>
  );
}

function RegionForm({ region }: { region?: Region }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipalities = useQuery(organisationsQueryOptions({ page: 1, pageSize: 100, type: 'gemeente' }));
  const { register, control, handleSubmit, formState } = useSchemaForm(RegionCreateSchema, {
    name: region?.name ?? '',
    municipalityIds: region?.municipalities.map((municipality) => municipality.id) ?? [],
  });
  const { field: chosen } = useController({ control, name: 'municipalityIds' });
  const save = useSaveRegion(region, {
    onSuccess: (saved) => navigate(`/beheer/regios?opgeslagen=${encodeURIComponent(saved.name)}`),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, { name: nameMessages(t) });
  const chosenIds = chosen.value ?? [];
  const known = municipalities.data?.items ?? [];
  // Municipalities already in the region but not in the first page of the list still show, so they are not dropped.
  const options = [
    ...known,
    ...(region?.municipalities.filter((municipality) => !known.some((item) => item.id === municipality.id)) ?? []),
  ];
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)}
    >
      <FormProblem error={save.error} fields={['name', 'municipalityIds']} />
      <TextField
        id="region-name"
        label={t('admin.regions.name')}
        {...register('name')}
        error={errorAt('name')}
        required
      />
      <Fieldset
        id="region-municipalities"
        legend={t('admin.regions.municipalities')}
        error={errorAt('municipalityIds')}
        description={t('admin.regions.municipalitiesDescription')}
      >
        {municipalities.isPending ? (
          <LoadingState label={t('common.loading')} />
        ) : municipalities.isError ? (
          <QueryProblem error={municipalities.error} onRetry={() => void municipalities.refetch()} headingLevel={3} />
        ) : (
          <div className="lk-checkbox-list">
            {options.map((municipality) => (
              <CheckboxField
                key={municipality.id}
                id={`municipality-${municipality.id}`}
                label={municipality.name}
                checked={chosenIds.includes(municipality.id)}
                onChange={(event) =>
                  chosen.onChange(
                    event.target.checked
                      ? [...chosenIds, municipality.id]
                      : chosenIds.filter((id) => id !== municipality.id),
                  )
                }
              />
            ))}
          </div>
        )}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function NewRegionPage() {
  const { t } = useTranslation();
  return (
    <NewRecordPage title={t('admin.regions.newTitle')} back={{ to: '/beheer/regios', label: t('admin.regions.back') }}>
      <RegionForm />
    </NewRecordPage>
  );
}

export function EditRegionPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  return (
    <EditRecordPage
      title={t('admin.regions.editTitle')}
      heading={(record) => t('admin.regions.editHeading', { name: record.name })}
      query={useQuery(regionQueryOptions(regionId))}
      back={{ to: '/beheer/regios', label: t('admin.regions.back') }}
      form={(record) => <RegionForm region={record} key={record.id} />}
    />
  );
}
