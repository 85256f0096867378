import { findIdentifiers, type Agreement, type AgreementVersion } from '@leerkring/domain';
import { Button, CheckboxField, Fieldset, Paragraph, SelectField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsAt, useChecklist, useSchemaForm } from '../../../../lib/form';
import { useCreateIteration } from '../../api/iteration-mutations';
import { byNumberDescending } from '../AgreementPage';
import { GuardedTextAreaField } from '../GuardedTextArea';
import { iterationFormSchema } from './iteration-form';
import { iterationPath } from './model';

const fields = ['versionId', 'clauseIds', 'title', 'question', 'prediction', 'plan', 'startDate'] as const;

/** Which version and clauses an iteration tests, what we want to learn, what we expect and what we will do. */
export function NewIterationForm({
  agreement,
  versions,
}: {
  agreement: Agreement;
  versions: readonly AgreementVersion[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sorted = [...versions].sort(byNumberDescending);
  const firstVersionId = agreement.versionInForce?.id ?? sorted[0]?.id ?? '';
  const { register, control, handleSubmit, formState, watch, setValue } = useSchemaForm(iterationFormSchema, {
    versionId: firstVersionId,
    clauseIds: [],
    title: '',
    question: '',
    prediction: '',
    plan: '',
    startDate: '',
  });
  const clauseIds = useChecklist(control, 'clauseIds');
  const [versionId, ...texts] = watch(['versionId', 'title', 'question', 'prediction', 'plan']);
  const version = versions.find((item) => item.id === versionId);
  const blocked = texts.some((text) => findIdentifiers(text ?? '').length > 0);
  const titleFindings = findIdentifiers(texts[0] ?? '');

  const save = useCreateIteration(agreement.id, {
    onSuccess: (created) => navigate(iterationPath(agreement.id, created.id)),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    title: { too_small: t('iterations.field.titleTooShort') },
    question: { too_small: t('iterations.field.questionMissing') },
  });

  return (
    <form
      noValidate
      className="lk-form lk-iteration-form"
      aria-label={t('iterations.newTitle')}
      onSubmit={(event) => void handleSubmit((iteration) => save.mutate(iteration))(event)}
    >
      <FormProblem error={save.error} fields={fields} />
      <SelectField
        id="iteration-version"
        label={t('iterations.field.version')}
        description={t('iterations.field.versionHint')}
        {...register('versionId', { onChange: () => setValue('clauseIds', []) })}
        defaultValue={firstVersionId}
        error={errorAt('versionId')}
        options={sorted.map((item) => ({
          value: item.id,
          label: t('agreements.versionWithStatus', {
            number: item.number,
            status: t(`agreements.status.${item.status}`),
          }),
        }))}
      />
      <Fieldset
        id="iteration-clauses"
        legend={t('iterations.field.clauses')}
        description={t('iterations.field.clausesHint')}
        error={errorAt('clauseIds')}
      >
        {version && version.clauses.length > 0 ? (
          <div className="lk-checkbox-list">
            {version.clauses.map((clause) => (
              <CheckboxField
                key={clause.id}
                id={`iteration-clause-${clause.id}`}
                label={clause.title || clause.id}
                checked={clauseIds.has(clause.id)}
                onChange={(event) => clauseIds.toggle(clause.id, event.target.checked)}
              />
            ))}
          </div>
        ) : (
          <Paragraph>{t('agreements.clauses.empty')}</Paragraph>
        )}
      </Fieldset>
      <TextField
        id="iteration-title"
        label={t('iterations.field.titleRequired')}
        {...register('title')}
        error={
          errorAt('title') ??
          (titleFindings.length > 0 ? t('privacy.found', { count: titleFindings.length }) : undefined)
        }
        required
        maxLength={200}
      />
      <GuardedTextAreaField
        control={control}
        name="question"
        id="iteration-question"
        label={t('iterations.field.questionRequired')}
        description={t('iterations.field.questionHint')}
        error={errorAt('question')}
        required
        rows={3}
      />
      <GuardedTextAreaField
        control={control}
        name="prediction"
        id="iteration-prediction"
        label={t('iterations.field.prediction')}
        description={t('iterations.field.predictionHint')}
        error={errorAt('prediction')}
        rows={3}
      />
      <GuardedTextAreaField
        control={control}
        name="plan"
        id="iteration-plan"
        label={t('iterations.field.plan')}
        description={t('iterations.field.planHint')}
        error={errorAt('plan')}
      />
      <TextField
        id="iteration-start-date"
        type="date"
        label={t('iterations.field.startDate')}
        {...register('startDate')}
        error={errorAt('startDate')}
      />
      {blocked ? (
        <p id="iteration-submit-blocked" className="lk-field-error">
          {t('iterations.blocked')}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || blocked}
        aria-describedby={blocked ? 'iteration-submit-blocked' : undefined}
      >
        {t('iterations.create')}
      </Button>
    </form>
  );
}
