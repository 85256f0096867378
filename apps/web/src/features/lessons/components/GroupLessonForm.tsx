import { GroupLessonCreateSchema, findIdentifiers, lessonThemes, positiveHealthDimensions } from '@leerkring/domain';
import { Button, CheckboxField, Fieldset, Heading3, SelectField } from '@leerkring/ui';
import { useDeferredValue, useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { GuardedTextField } from '../../../components/GuardedTextField';
import { chosenOption, fieldErrorsAt, useChecklist, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { useCreateGroupLesson } from '../api/group-lessons';

const fields = ['text', 'theme', 'dimensions', 'sessionIds'] as const;
/** The domain's rules, with the theme chosen in a select (none chosen is ''). */
const groupLessonFormSchema = GroupLessonCreateSchema.extend({
  theme: chosenOption(GroupLessonCreateSchema.shape.theme),
});

/** Record a lesson of a learning group, optionally linked to its ended meetings. */
export function GroupLessonForm({
  learningGroupId,
  meetings,
  onSaved,
}: {
  learningGroupId: string;
  meetings: { id: string; label: string }[];
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { register, control, handleSubmit, formState, watch, reset } = useSchemaForm(groupLessonFormSchema, {
    text: '',
    theme: '',
    dimensions: [],
    sessionIds: [],
  });
  const { field: text } = useController({ control, name: 'text' });
  const dimensions = useChecklist(control, 'dimensions');
  const sessionIds = useChecklist(control, 'sessionIds');
  const deferredText = useDeferredValue(text.value);
  const findings = useMemo(() => findIdentifiers(deferredText), [deferredText]);
  const save = useCreateGroupLesson(learningGroupId, {
    onSuccess: () => {
      reset();
      onSaved?.();
    },
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, { text: { too_small: t('lessons.textTooShort') } });
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="group-lesson-form"
      onSubmit={(event) => void handleSubmit((lesson) => save.mutate(lesson))(event)}
    >
      <Heading3 id="group-lesson-form">{t('groupLessons.record')}</Heading3>
      <FormProblem error={save.error} fields={fields} />
      <GuardedTextField
        id="group-lesson-text"
        label={t('lessons.text')}
        description={t('groupLessons.textDescription')}
        value={text.value}
        onChange={text.onChange}
        onBlur={text.onBlur}
        inputRef={text.ref}
        error={errorAt('text')}
        required
        multiline
        rows={4}
        local={findings}
      />
      <SelectField
        id="group-lesson-theme"
        label={t('lessons.theme')}
        {...register('theme')}
        error={errorAt('theme')}
        required
        options={[
          ...(watch('theme') ? [] : [{ value: '', label: t('common.choose') }]),
          ...lessonThemes.map((term) => ({ value: term.code, label: term.label[language] })),
        ]}
      />
      <Fieldset id="group-lesson-dimensions" legend={t('lessons.dimensions')} error={errorAt('dimensions')}>
        <div className="lk-checkbox-list">
          {positiveHealthDimensions.map((term) => (
            <CheckboxField
              key={term.code}
              id={`group-lesson-dimension-${term.code}`}
              label={term.label[language]}
              checked={dimensions.has(term.code)}
              onChange={(event) => dimensions.toggle(term.code, event.target.checked)}
            />
          ))}
        </div>
      </Fieldset>
      {meetings.length > 0 ? (
        <Fieldset id="group-lesson-sessions" legend={t('groupLessons.meetings')} error={errorAt('sessionIds')}>
          {meetings.map((meeting) => (
            <CheckboxField
              key={meeting.id}
              id={`group-lesson-session-${meeting.id}`}
              label={meeting.label}
              checked={sessionIds.has(meeting.id)}
              onChange={(event) => sessionIds.toggle(meeting.id, event.target.checked)}
            />
          ))}
        </Fieldset>
      ) : null}
      {findings.length > 0 ? (
        <p id="group-lesson-submit-blocked" className="lk-field-error">
          {t('privacy.blocked', { count: findings.length })}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findings.length > 0}
        aria-describedby={findings.length > 0 ? 'group-lesson-submit-blocked' : undefined}
      >
        {t('lessons.submit')}
      </Button>
    </form>
  );
}
