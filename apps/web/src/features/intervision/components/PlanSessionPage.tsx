import { type Permission } from '@leerkring/domain';
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
import { useMayEver, useMe } from '../../../lib/auth/use-session';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { buildingTeamMembersQueryOptions } from '../../../lib/queries/building-team-members';
import { casesQueryOptions } from '../../../lib/queries/case';
import { usePlanSession } from '../api/session-mutations';
import { intervisionMethodsQueryOptions } from '../api/session-queries';
import { caseLabel } from '../../../lib/case-label';

const fields = [
  'methodId',
  'plannedDate',
  'caseIds',
  'inbrengerId',
  'facilitatorId',
  'noteTakerId',
  'participantIds',
] as const;
const membershipRead: Permission = 'membership:read';

/**
 * Plan a session: method, date, cases of the bouwteam and the roles. The roles are chosen from the bouwteam's people
 * only when the caller may read its memberships (administrators); anyone else plans with themselves in every role.
 */
export function PlanSessionPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const mayWrite = useCanInBuildingTeam('session:write', buildingTeamId);
  const mayPickPeople = useMayEver(membershipRead);
  const mayReadCases = useCanInBuildingTeam('case:read', buildingTeamId);
  const methods = useQuery({ ...intervisionMethodsQueryOptions(), enabled: mayWrite });
  const cases = useQuery({
    ...casesQueryOptions({ buildingTeamId, page: 1, pageSize: 100 }),
    enabled: mayWrite && mayReadCases,
  });
  const members = useQuery({ ...buildingTeamMembersQueryOptions(buildingTeamId), enabled: mayWrite && mayPickPeople });
  const myId = me?.person.id ?? '';
  const [methodId, setMethodId] = useState('');
  const [plannedDate, setPlannedDate] = useState('');
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const [inbrengerId, setInbrengerId] = useState('');
  const [facilitatorId, setFacilitatorId] = useState('');
  const [noteTakerId, setNoteTakerId] = useState('');
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const save = usePlanSession();
  const submit = () =>
    save.mutate(
      {
        buildingTeamId,
        methodId,
        plannedDate,
        caseIds,
        inbrengerId: mayPickPeople ? inbrengerId : myId,
        facilitatorId: mayPickPeople ? facilitatorId : myId,
        noteTakerId: mayPickPeople ? noteTakerId : myId,
        participantIds: mayPickPeople ? participantIds : [],
      },
      { onSuccess: (session) => void navigate(`/sessies/${session.id}`) },
    );
  if (!mayWrite) return <ForbiddenPage />;
  const errors = fieldErrorsOf(save.error);
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((item) => item !== value);
  const people = [
    ...new Map(
      (members.data?.items ?? []).map((membership) => [membership.person.id, membership.person.name]),
    ).entries(),
  ].map(([value, label]) => ({
    value,
    label,
  }));
  const personOptions = (value: string) => [...(value ? [] : [{ value: '', label: t('common.choose') }]), ...people];
  return (
    <>
      <PageTitle title={t('sessions.plan')} />
      <Heading1>{t('sessions.plan')}</Heading1>
      <form
        noValidate
        className="lk-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormProblem error={save.error} fields={fields} />
        {methods.isError ? (
          <QueryProblem error={methods.error} headingLevel={2} onRetry={() => void methods.refetch()} />
        ) : null}
        <SelectField
          id="session-method"
          label={t('sessions.method')}
          value={methodId}
          onChange={(event) => setMethodId(event.target.value)}
          error={errors.methodId}
          required
          options={[
            ...(methodId ? [] : [{ value: '', label: t('common.choose') }]),
            ...(methods.data?.items ?? []).map((method) => ({ value: method.id, label: method.name[language] })),
          ]}
        />
        <TextField
          id="session-date"
          type="date"
          label={t('sessions.date')}
          value={plannedDate}
          onChange={(event) => setPlannedDate(event.target.value)}
          error={errors.plannedDate}
          required
        />
        {mayReadCases ? (
          <Fieldset id="session-cases" legend={t('sessions.cases')} error={errors.caseIds}>
            {cases.isPending ? (
              <LoadingState label={t('common.loading')} />
            ) : cases.isError || cases.data.items.length === 0 ? (
              <Paragraph>{t('cases.empty')}</Paragraph>
            ) : (
              cases.data.items.map((item) => (
                <CheckboxField
                  key={item.id}
                  id={`session-case-${item.id}`}
                  label={caseLabel(item, language)}
                  checked={caseIds.includes(item.id)}
                  onChange={(event) => setCaseIds(toggle(caseIds, item.id, event.target.checked))}
                />
              ))
            )}
          </Fieldset>
        ) : null}
        {mayPickPeople ? (
          members.isPending ? (
            <LoadingState label={t('common.loading')} />
          ) : (
            <>
              <SelectField
                id="session-facilitator"
                label={t('sessions.roles.facilitator')}
                value={facilitatorId}
                onChange={(event) => setFacilitatorId(event.target.value)}
                error={errors.facilitatorId}
                required
                options={personOptions(facilitatorId)}
              />
              <SelectField
                id="session-inbrenger"
                label={t('sessions.roles.inbrenger')}
                value={inbrengerId}
                onChange={(event) => setInbrengerId(event.target.value)}
                error={errors.inbrengerId}
                required
                options={personOptions(inbrengerId)}
              />
              <SelectField
                id="session-note-taker"
                label={t('sessions.roles.note-taker')}
                value={noteTakerId}
                onChange={(event) => setNoteTakerId(event.target.value)}
                error={errors.noteTakerId}
                required
                options={personOptions(noteTakerId)}
              />
              <Fieldset id="session-participants" legend={t('sessions.participants')} error={errors.participantIds}>
                {people.map((person) => (
                  <CheckboxField
                    key={person.value}
                    id={`session-participant-${person.value}`}
                    label={person.label}
                    checked={participantIds.includes(person.value)}
                    onChange={(event) => setParticipantIds(toggle(participantIds, person.value, event.target.checked))}
                  />
                ))}
              </Fieldset>
            </>
          )
        ) : (
          <Paragraph>{t('sessions.ownRoles')}</Paragraph>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {t('sessions.planSubmit')}
        </Button>
      </form>
      <BackLink to={`/bouwteams/${buildingTeamId}/sessies`} label={t('sessions.backToList')} />
    </>
  );
}
