import type { BuildingTeam, TransformationTheme } from '@leerkring/domain';
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
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { municipalityOptions, organisationOptions } from '../../../lib/queries/pickers';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { useSaveBuildingTeam } from '../api/building-team-mutations';
import { transformationThemes } from '@leerkring/domain';

const fields = ['name', 'theme', 'description', 'startDate', 'municipalityId', 'partnerIds'] as const;

/** Form a bouwteam, or change one and its partners (administrators). */
function BuildingTeamForm({ team }: { team?: BuildingTeam }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [name, setName] = useState(team?.name ?? '');
  const [theme, setTheme] = useState<string>(team?.theme ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [startDate, setStartDate] = useState(team?.startDate ?? '');
  const [municipality, setMunicipality] = useState<PickerOption | null>(team?.municipality ?? null);
  const [partners, setPartners] = useState<PickerOption[]>(team?.partners ?? []);
  const [partnerToAdd, setPartnerToAdd] = useState<PickerOption | null>(null);
  const save = useSaveBuildingTeam(team, { onSuccess: (saved) => navigate(`/bouwteams/${saved.id}`) });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          name,
          theme: theme as TransformationTheme,
          description,
          startDate,
          partnerIds: partners.map((partner) => partner.id),
          municipalityId: municipality?.id ?? '',
        });
      }}
    >
      <FormProblem error={save.error} fields={fields} />
      <TextField
        id="team-name"
        label={t('buildingTeam.form.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        required
      />
      <SelectField
        id="team-theme"
        label={t('buildingTeams.theme')}
        value={theme}
        onChange={(event) => setTheme(event.target.value)}
        error={errors.theme}
        required
        options={[
          ...(theme ? [] : [{ value: '', label: t('common.choose') }]),
          ...transformationThemes.map((term) => ({ value: term.code, label: term.label[language] })),
        ]}
      />
      <TextAreaField
        id="team-description"
        label={t('buildingTeam.form.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
        rows={3}
      />
      <TextField
        id="team-start"
        type="date"
        label={t('buildingTeams.startDate')}
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={errors.startDate}
        required
      />
      {team ? null : (
        <SearchPicker
          id="team-municipality"
          label={t('buildingTeams.municipality')}
          value={municipality}
          onChange={setMunicipality}
          optionsQuery={municipalityOptions}
          error={errors.municipalityId}
        />
      )}
      <Fieldset
        id="team-partners"
        legend={t('buildingTeams.partners')}
        error={errors.partnerIds}
        description={t('buildingTeam.form.partnersDescription')}
      >
        {partners.length === 0 ? (
          <p>{t('buildingTeam.noPartners')}</p>
        ) : (
          <UnorderedList>
            {partners.map((partner) => (
              <UnorderedListItem key={partner.id}>
                <span className="lk-actions">
                  {partner.name}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('buildingTeam.form.removePartner', { name: partner.name })}
                    onClick={() => setPartners(partners.filter((item) => item.id !== partner.id))}
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
            if (partnerToAdd && !partners.some((partner) => partner.id === partnerToAdd.id))
              setPartners([...partners, partnerToAdd]);
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
