import type { BuildingTeam } from '@leerkring/domain';
import {
  Button,
  Fieldset,
  Heading1,
  LoadingState,
  SelectField,
  TextAreaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, nameMessages, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { PickerField } from '../../../components/PickerField';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { municipalityOptions, organisationOptions } from '../../../lib/queries/pickers';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { useSaveBuildingTeam } from '../api/building-team-mutations';
import { buildingTeamFormSchema } from '../building-team-form';
import { transformationThemes } from '@leerkring/domain';

const fields = ['name', 'theme', 'description', 'startDate', 'municipalityId', 'partnerIds'] as const;

/** Form a bouwteam, or change one and its partners (administrators). */
function BuildingTeamForm({ team }: { team?: BuildingTeam }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { register, control, handleSubmit, formState, watch } = useSchemaForm(buildingTeamFormSchema, {
    name: team?.name ?? '',
    theme: team?.theme ?? '',
    description: team?.description ?? '',
    startDate: team?.startDate ?? '',
    municipality: team?.municipality ?? null,
    partners: team?.partners ?? [],
  });
  const partners = useFieldArray({ control, name: 'partners', keyName: 'key' });
  const [partnerToAdd, setPartnerToAdd] = useState<PickerOption | null>(null);
  const save = useSaveBuildingTeam(team, { onSuccess: (saved) => navigate(`/bouwteams/${saved.id}`) });
  const errorAt = fieldErrorsAt(formState.errors, save.error, { name: nameMessages(t) });
  const theme = watch('theme');
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) =>
        void handleSubmit(({ municipality, partners: partnerIds, ...common }) =>
          save.mutate({ ...common, partnerIds, municipalityId: municipality }),
        )(event)
      }
    >
      <FormProblem error={save.error} fields={fields} />
      <TextField
        id="team-name"
        label={t('buildingTeam.form.name')}
        {...register('name')}
        error={errorAt('name')}
        required
      />
      <SelectField
        id="team-theme"
        label={t('buildingTeams.theme')}
        {...register('theme')}
        error={errorAt('theme')}
        required
        options={[
          ...(theme ? [] : [{ value: '', label: t('common.choose') }]),
          ...transformationThemes.map((term) => ({ value: term.code, label: term.label[language] })),
        ]}
      />
      <TextAreaField
        id="team-description"
        label={t('buildingTeam.form.description')}
        {...register('description')}
        error={errorAt('description')}
        rows={3}
      />
      <TextField
        id="team-start"
        type="date"
        label={t('buildingTeams.startDate')}
        {...register('startDate')}
        error={errorAt('startDate')}
        required
      />
      {team ? null : (
        <PickerField
          control={control}
          name="municipality"
          id="team-municipality"
          label={t('buildingTeams.municipality')}
          optionsQuery={municipalityOptions}
          error={errorAt('municipality', 'municipalityId')}
        />
      )}
      <Fieldset
        id="team-partners"
        legend={t('buildingTeams.partners')}
        error={errorAt('partners', 'partnerIds')}
        description={t('buildingTeam.form.partnersDescription')}
      >
        {partners.fields.length === 0 ? (
          <p>{t('buildingTeam.noPartners')}</p>
        ) : (
          <UnorderedList>
            {partners.fields.map((partner, index) => (
              <UnorderedListItem key={partner.key}>
                <span className="lk-actions">
                  {partner.name}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('buildingTeam.form.removePartner', { name: partner.name })}
                    onClick={() => partners.remove(index)}
                  >
                    {t('buildingTeam.form.remove')}
                  </Button>
                </span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <SearchPicker
          id="team-partner-add"
          label={t('buildingTeam.form.partnerToAdd')}
          value={partnerToAdd}
          onChange={setPartnerToAdd}
          optionsQuery={organisationOptions}
        />
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={!partnerToAdd}
          onClick={() => {
            if (partnerToAdd && !partners.fields.some((partner) => partner.id === partnerToAdd.id))
              partners.append({ id: partnerToAdd.id, name: partnerToAdd.name });
            setPartnerToAdd(null);
          }}
        >
          {t('buildingTeam.form.addPartner')}
        </Button>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function NewBuildingTeamPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('buildingTeam.newTitle')} />
      <Heading1>{t('buildingTeam.newTitle')}</Heading1>
      <BuildingTeamForm />
      <BackLink to="/bouwteams" label={t('buildingTeam.backToList')} />
    </>
  );
}

export function EditBuildingTeamPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const query = useQuery(buildingTeamQueryOptions(buildingTeamId));
  return (
    <>
      <PageTitle title={t('buildingTeam.editTitle')} />
      <Heading1>
        {query.data ? t('buildingTeam.editHeading', { name: query.data.name }) : t('buildingTeam.editTitle')}
      </Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <BuildingTeamForm team={query.data} key={query.data.id} />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}
