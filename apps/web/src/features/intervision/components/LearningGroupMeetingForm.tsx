import { LearningGroupSessionCreateSchema, type SessionCandidate } from '@leerkring/domain';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  Fieldset,
  Heading3,
  LoadingState,
  SelectField,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, useChecklist, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { intervisionMethodsQueryOptions } from '../api/session-queries';
import { learningGroupCandidatesQueryOptions, usePlanLearningGroupSession } from '../api/learning-group-sessions';

const fields = ['methodId', 'plannedDate', 'facilitatorId', 'inbrengerId', 'noteTakerId', 'participantIds'] as const;

/** Plan a meeting of a learning group: method, date and its people, all members of the group. */
export function LearningGroupMeetingForm({ learningGroupId, onDone }: { learningGroupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const methods = useQuery(intervisionMethodsQueryOptions());
  const candidates = useQuery(learningGroupCandidatesQueryOptions(learningGroupId));
  if (methods.isError) return <QueryProblem error={methods.error} headingLevel={3} />;
  if (candidates.isError) return <QueryProblem error={candidates.error} headingLevel={3} />;
  if (methods.isPending || candidates.isPending) return <LoadingState label={t('common.loading')} />;
  return (
    <MeetingForm
      learningGroupId={learningGroupId}
      methods={methods.data.items}
      candidates={candidates.data.items}
      onDone={onDone}
    />
  );
}

function MeetingForm({
  learningGroupId,
  methods,
  candidates,
  onDone,
}: {
  learningGroupId: string;
  methods: { id: string; name: { nl: string; en: string } }[];
  candidates: SessionCandidate[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { register, control, handleSubmit, formState, watch } = useSchemaForm(LearningGroupSessionCreateSchema, {
    methodId: '',
    plannedDate: '',
    facilitatorId: '',
    inbrengerId: '',
    noteTakerId: '',
    participantIds: [],
  });
  const participants = useChecklist(control, 'participantIds');
  const save = usePlanLearningGroupSession(learningGroupId);
  const errorAt = fieldErrorsAt(formState.errors, save.error);
  const personOptions = (value: string, only?: (candidate: SessionCandidate) => boolean) => [
    ...(value ? [] : [{ value: '', label: t('common.choose') }]),
    ...candidates
      .filter((candidate) => !only || only(candidate))
      .map((candidate) => ({ value: candidate.person.id, label: candidate.person.name })),
  ];
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="group-meeting-form"
      onSubmit={(event) =>
        void handleSubmit((input) =>
          save.mutate(input, { onSuccess: (session) => void navigate(`/sessies/${session.id}`) }),
        )(event)
      }
    >
      <Heading3 id="group-meeting-form">{t('groupMeetings.plan')}</Heading3>
      <FormProblem error={save.error} fields={fields} />
      <SelectField
        id="group-meeting-method"
        label={t('sessions.method')}
        {...register('methodId')}
        error={errorAt('methodId')}
        required
        options={[
          ...(watch('methodId') ? [] : [{ value: '', label: t('common.choose') }]),
          ...methods.map((method) => ({ value: method.id, label: method.name[language] })),
        ]}
      />
      <TextField
        id="group-meeting-date"
        type="date"
        label={t('sessions.date')}
        {...register('plannedDate')}
        error={errorAt('plannedDate')}
        required
      />
      <SelectField
        id="group-meeting-facilitator"
        label={t('sessions.roles.facilitator')}
        {...register('facilitatorId')}
        error={errorAt('facilitatorId')}
        required
        options={personOptions(watch('facilitatorId'), (candidate) => candidate.mayFacilitate)}
      />
      <SelectField
        id="group-meeting-inbrenger"
        label={t('sessions.roles.inbrenger')}
        {...register('inbrengerId')}
        error={errorAt('inbrengerId')}
        required
        options={personOptions(watch('inbrengerId'))}
      />
      <SelectField
        id="group-meeting-note-taker"
        label={t('sessions.roles.note-taker')}
        {...register('noteTakerId')}
        error={errorAt('noteTakerId')}
        required
        options={personOptions(watch('noteTakerId'))}
      />
      <Fieldset id="group-meeting-participants" legend={t('sessions.participants')} error={errorAt('participantIds')}>
        {candidates.map((candidate) => (
          <CheckboxField
            key={candidate.person.id}
            id={`group-meeting-participant-${candidate.person.id}`}
            label={candidate.person.name}
            checked={participants.has(candidate.person.id)}
            onChange={(event) => participants.toggle(candidate.person.id, event.target.checked)}
          />
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {t('sessions.planSubmit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
