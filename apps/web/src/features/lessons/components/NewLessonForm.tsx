import { findIdentifiers, lessonThemes, positiveHealthDimensions } from '@leerkring/domain';
import { Button, CheckboxField, Fieldset, LoadingState, Paragraph, SelectField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { GuardedTextField } from '../../../components/GuardedTextField';
import { fieldErrorsAt, useChecklist, useSchemaForm } from '../../../lib/form';
import { casesQueryOptions } from '../../../lib/queries/case';
import { useLanguage } from '../../../lib/use-language';
import { caseLabel } from '../../../lib/case-label';
import { useCreateLesson } from '../api/lesson-mutations';
import { lessonFormSchema } from '../lesson-form';

const followUps = ['none', 'change-agreement', 'change-guideline', 'escalate-obstacle'] as const;
const fields = ['text', 'theme', 'dimensions', 'followUp', 'caseIds'] as const;

/** The lesson of a bouwteam, linked to the cases it came from (and the session it was recorded after, if any). */
export function NewLessonForm({
  buildingTeamId,
  sessionId,
  initialCaseIds = [],
}: {
  buildingTeamId: string;
  sessionId: string | null;
  initialCaseIds?: readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const cases = useQuery(casesQueryOptions({ buildingTeamId, page: 1, pageSize: 100 }));
  const { register, control, handleSubmit, formState, watch } = useSchemaForm(lessonFormSchema, {
    text: '',
    theme: '',
    followUp: 'none',
    dimensions: [],
    caseIds: [...initialCaseIds],
  });
  const { field: text } = useController({ control, name: 'text' });
  const dimensions = useChecklist(control, 'dimensions');
  const caseIds = useChecklist(control, 'caseIds');
  const deferredText = useDeferredValue(text.value);
  const findings = useMemo(() => findIdentifiers(deferredText), [deferredText]);
  const save = useCreateLesson({
    onSuccess: () =>
      navigate(`/bouwteams/${buildingTeamId}/lessen?opgeslagen=${encodeURIComponent(t('lessons.savedName'))}`),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, { text: { too_small: t('lessons.textTooShort') } });
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) =>
        void handleSubmit((lesson) =>
          save.mutate({ ...lesson, buildingTeamId, sessionIds: sessionId ? [sessionId] : [] }),
        )(event)
      }
    >
      <FormProblem error={save.error} fields={fields} />
      <GuardedTextField
        id="lesson-text"
        label={t('lessons.text')}
        description={t('lessons.textDescription')}
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
        id="lesson-theme"
        label={t('lessons.theme')}
        {...register('theme')}
        error={errorAt('theme')}
        required
        options={[
          ...(watch('theme') ? [] : [{ value: '', label: t('common.choose') }]),
          ...lessonThemes.map((term) => ({ value: term.code, label: term.label[language] })),
        ]}
      />
      <Fieldset id="lesson-dimensions" legend={t('lessons.dimensions')} error={errorAt('dimensions')}>
        <div className="lk-checkbox-list">
          {positiveHealthDimensions.map((term) => (
            <CheckboxField
              key={term.code}
              id={`lesson-dimension-${term.code}`}
              label={term.label[language]}
              checked={dimensions.has(term.code)}
              onChange={(event) => dimensions.toggle(term.code, event.target.checked)}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset
        id="lesson-cases"
        legend={t('lessons.cases')}
        error={errorAt('caseIds')}
        description={t('lessons.casesDescription')}
      >
        {cases.isPending ? (
          <LoadingState label={t('common.loading')} />
        ) : cases.isError || cases.data.items.length === 0 ? (
          <Paragraph>{t('cases.empty')}</Paragraph>
        ) : (
          cases.data.items.map((item) => (
            <CheckboxField
              key={item.id}
              id={`lesson-case-${item.id}`}
              label={caseLabel(item, language)}
              checked={caseIds.has(item.id)}
              onChange={(event) => caseIds.toggle(item.id, event.target.checked)}
            />
          ))
        )}
      </Fieldset>
      <SelectField
        id="lesson-follow-up"
        label={t('lessons.followUp')}
        {...register('followUp')}
        error={errorAt('followUp')}
        options={followUps.map((code) => ({ value: code, label: t(`lessons.followUps.${code}`) }))}
      />
      {findings.length > 0 ? (
        <p id="lesson-submit-blocked" className="lk-field-error">
          {t('privacy.blocked', { count: findings.length })}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findings.length > 0}
        aria-describedby={findings.length > 0 ? 'lesson-submit-blocked' : undefined}
      >
        {t('lessons.submit')}
      </Button>
    </form>
  );
}
