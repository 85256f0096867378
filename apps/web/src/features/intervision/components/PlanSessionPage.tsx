import { IntervisionSessionCreateSchema, type Case, type SessionCandidate } from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Fieldset,
  Heading1,
  LoadingState,
  Paragraph,
  SelectField,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { useMe } from '../../../lib/auth/use-session';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { casesQueryOptions } from '../../../lib/queries/case';
import { usePlanSession } from '../api/session-mutations';
import { intervisionMethodsQueryOptions, sessionCandidatesQueryOptions } from '../api/session-queries';

const fields = [
  'methodId',
  'plannedDate',
  'caseIds',
  'inbrengerId',
  'facilitatorId',
  'noteTakerId',
  'participantIds',
] as const;
const planFormSchema = IntervisionSessionCreateSchema.omit({ buildingTeamId: true });
/** How many cases the picker shows for what was typed: the latest changed first. */
const casesShown = 15;

type CaseChoice = Pick<Case, 'id' | 'title' | 'status' | 'updatedAt' | 'broughtInBy'>;

/**
 * Plan a session: method, date, the cases to discuss (searched by title, newest first) and the people in its roles,
 * chosen from the bouwteam's members. The planner guides it unless they choose someone else; the inbrenger is who
 * brought in the first case chosen, until the planner chooses otherwise.
 */
export function PlanSessionPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const mayWrite = useCanInBuildingTeam('session:write', buildingTeamId);
  const methods = useQuery({ ...intervisionMethodsQueryOptions(), enabled: mayWrite });
  const candidates = useQuery({ ...sessionCandidatesQueryOptions(buildingTeamId), enabled: mayWrite });
  if (!mayWrite) return <ForbiddenPage />;
  return (
    <>
      <PageTitle title={t('sessions.plan')} />
      <Heading1>{t('sessions.plan')}</Heading1>
      {methods.isError ? (
        <QueryProblem error={methods.error} headingLevel={2} onRetry={() => void methods.refetch()} />
      ) : candidates.isError ? (
        <QueryProblem error={candidates.error} headingLevel={2} onRetry={() => void candidates.refetch()} />
      ) : methods.isPending || candidates.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <PlanSessionForm
          buildingTeamId={buildingTeamId}
          methods={methods.data.items}
          candidates={candidates.data.items}
        />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}/sessies`} label={t('sessions.backToList')} />
    </>
  );
}

function PlanSessionForm({
  buildingTeamId,
  methods,
  candidates,
}: {
  buildingTeamId: string;
  methods: { id: string; name: { nl: string; en: string } }[];
  candidates: SessionCandidate[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const me = useMe();
  const mayReadCases = useCanInBuildingTeam('case:read', buildingTeamId);
  const myId = me?.person.id ?? '';
  const meAsFacilitator = candidates.some((candidate) => candidate.person.id === myId && candidate.mayFacilitate);
  const { register, handleSubmit, formState, watch, setValue, getFieldState } = useSchemaForm(planFormSchema, {
    methodId: '',
    plannedDate: '',
    caseIds: [],
    inbrengerId: '',
    facilitatorId: meAsFacilitator ? myId : '',
    noteTakerId: '',
    participantIds: [],
  });
  const save = usePlanSession();
  const errorAt = fieldErrorsAt(formState.errors, save.error);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<CaseChoice[]>([]);
  const cases = useQuery({
    ...casesQueryOptions({
      buildingTeamId,
      page: 1,
      pageSize: casesShown,
      ...(search.trim() ? { search: search.trim() } : {}),
    }),
    enabled: mayReadCases,
  });
  const caseIds = watch('caseIds') ?? [];
  const participantIds = watch('participantIds') ?? [];
  const methodId = watch('methodId');
  const memberIds = new Set(candidates.map((candidate) => candidate.person.id));
  const people = candidates.map((candidate) => ({ value: candidate.person.id, label: candidate.person.name }));
  const personOptions = (value: string, only?: (candidate: SessionCandidate) => boolean) => [
    ...(value ? [] : [{ value: '', label: t('common.choose') }]),
    ...candidates
      .filter((candidate) => !only || only(candidate))
      .map((candidate) => ({
        value: candidate.person.id,
        label: `${candidate.person.name} (${candidate.organisation.name})`,
      })),
  ];
  const toggleCase = (item: CaseChoice, on: boolean) => {
    const next = on ? [...caseIds, item.id] : caseIds.filter((id) => id !== item.id);
    setValue('caseIds', next, { shouldDirty: true });
    setChosen((before) =>
      on ? [...before.filter((c) => c.id !== item.id), item] : before.filter((c) => c.id !== item.id),
    );
    // Who brought the case in presents it, unless the planner chose the inbrenger themselves.
    if (on && !getFieldState('inbrengerId').isDirty && memberIds.has(item.broughtInBy.id) && next.length === 1)
      setValue('inbrengerId', item.broughtInBy.id);
  };
  const found = cases.data?.items ?? [];
  const caseRows = [...chosen, ...found.filter((item) => !caseIds.includes(item.id))];
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) =>
        void handleSubmit((input) =>
          save.mutate(
            { ...input, buildingTeamId },
            { onSuccess: (session) => void navigate(`/sessies/${session.id}`) },
          ),
        )(event)
      }
    >
      <FormProblem error={save.error} fields={fields} />
      <SelectField
        id="session-method"
        label={t('sessions.method')}
        {...register('methodId')}
        error={errorAt('methodId')}
        required
        options={[
          ...(methodId ? [] : [{ value: '', label: t('common.choose') }]),
          ...methods.map((method) => ({ value: method.id, label: method.name[language] })),
        ]}
      />
      <TextField
        id="session-date"
        type="date"
        label={t('sessions.date')}
        {...register('plannedDate')}
        error={errorAt('plannedDate')}
        required
      />
      {mayReadCases ? (
        <Fieldset
          id="session-cases"
          legend={t('sessions.cases')}
          error={errorAt('caseIds')}
          description={t('sessions.casePicker.description', { count: casesShown })}
        >
          <TextField
            id="session-case-search"
            type="search"
            label={t('sessions.casePicker.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
          {cases.isPending ? (
            <LoadingState label={t('common.loading')} />
          ) : caseRows.length === 0 ? (
            <Paragraph>{t(search.trim() ? 'sessions.casePicker.none' : 'cases.empty')}</Paragraph>
          ) : (
            caseRows.map((item) => (
              <CheckboxField
                key={item.id}
                id={`session-case-${item.id}`}
                label={t('sessions.casePicker.option', {
                  title: item.title,
                  status: t(`cases.status.${item.status}`),
                  date: new Date(item.updatedAt).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB'),
                })}
                checked={caseIds.includes(item.id)}
                onChange={(event) => toggleCase(item, event.target.checked)}
              />
            ))
          )}
        </Fieldset>
      ) : null}
      <SelectField
        id="session-facilitator"
        label={t('sessions.roles.facilitator')}
        description={t('sessions.rolePicker.facilitator')}
        {...register('facilitatorId')}
        error={errorAt('facilitatorId')}
        required
        options={personOptions(watch('facilitatorId'), (candidate) => candidate.mayFacilitate)}
      />
      <SelectField
        id="session-inbrenger"
        label={t('sessions.roles.inbrenger')}
        description={t('sessions.rolePicker.inbrenger')}
        {...register('inbrengerId')}
        error={errorAt('inbrengerId')}
        required
        options={personOptions(watch('inbrengerId'))}
      />
      <SelectField
        id="session-note-taker"
        label={t('sessions.roles.note-taker')}
        {...register('noteTakerId')}
        error={errorAt('noteTakerId')}
        required
        options={personOptions(watch('noteTakerId'))}
      />
      <Fieldset id="session-participants" legend={t('sessions.participants')} error={errorAt('participantIds')}>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() =>
            setValue(
              'participantIds',
              participantIds.length === people.length ? [] : people.map((person) => person.value),
              { shouldDirty: true },
            )
          }
        >
          {participantIds.length === people.length ? t('sessions.rolePicker.none') : t('sessions.rolePicker.all')}
        </Button>
        {people.map((person) => (
          <CheckboxField
            key={person.value}
            id={`session-participant-${person.value}`}
            label={person.label}
            checked={participantIds.includes(person.value)}
            onChange={(event) =>
              setValue(
                'participantIds',
                event.target.checked
                  ? [...participantIds, person.value]
                  : participantIds.filter((id) => id !== person.value),
                { shouldDirty: true },
              )
            }
          />
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('sessions.planSubmit')}
      </Button>
    </form>
  );
}
