import { findIdentifiers, type DecisionRule } from '@leerkring/domain';
import { Button, Fieldset, TextField } from '@leerkring/ui';
import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import {
  agreementFormSchema,
  decisionRuleKinds,
  decisionRuleOf,
  needsShare,
  type AgreementValues,
  type DecisionRuleKind,
} from '../agreement-values';
import { GuardedTextAreaField } from './GuardedTextArea';

type FormValues = z.input<typeof agreementFormSchema>;

/**
 * The decision rule of an agreement as a choice of three, in words; the two that count a share of the partner
 * organisations ask for it as a percentage. The API's reason for refusing the rule is shown at the group.
 */
export function DecisionRuleFields({
  id,
  kind,
  register,
  error,
  shareError,
  description,
}: {
  id: string;
  kind: DecisionRuleKind;
  register: UseFormRegister<FormValues>;
  error?: string | undefined;
  shareError?: string | undefined;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} legend={t('agreements.ruleField.legend')} description={description} error={error}>
      {decisionRuleKinds.map((option) => (
        <div key={option} className="lk-checkbox-row lk-rule-choice">
          <input id={`${id}-${option}`} type="radio" value={option} {...register('rule.kind')} />
          <label htmlFor={`${id}-${option}`} className="utrecht-form-label utrecht-form-label--checkbox">
            {t(`agreements.ruleField.kind.${option}`)}{' '}
            <span className="lk-hint">({t(`agreements.ruleField.hint.${option}`)})</span>
          </label>
        </div>
      ))}
      {needsShare(kind) ? (
        <TextField
          id={`${id}-share`}
          inputMode="decimal"
          autoComplete="off"
          className="lk-rule-share"
          label={t('agreements.ruleField.share')}
          description={t('agreements.ruleField.shareHint')}
          {...register('rule.percentage')}
          error={shareError}
          required
        />
      ) : null}
    </Fieldset>
  );
}

const fields = ['context', 'title', 'scope', 'decisionRule', 'changelog'] as const;

/**
 * An agreement's title, scope and decision rule (and, when starting one, a note for concept 0.1), checked with the
 * domain's rules. The reasons the API gives are shown at their fields; text pointing at a person is marked while
 * typing and holds back sending.
 */
export function AgreementForm({
  idPrefix,
  label,
  initial,
  withChangelog,
  ruleDescription,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  idPrefix: string;
  label: string;
  initial: AgreementValues;
  withChangelog: boolean;
  ruleDescription?: ReactNode;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: AgreementValues, rule: DecisionRule) => void;
}) {
  const { t } = useTranslation();
  const { register, control, handleSubmit, formState, watch } = useSchemaForm(agreementFormSchema, initial);
  const errorAt = fieldErrorsAt(formState.errors, error, {
    title: { too_small: t('agreements.form.titleTooShort') },
    'rule.percentage': { custom: t('agreements.ruleField.shareInvalid') },
  });
  const [title, scope, changelog, kind] = watch(['title', 'scope', 'changelog', 'rule.kind']);
  const titleFindings = findIdentifiers(title);
  const blocked = [title, scope, withChangelog ? changelog : ''].some((text) => findIdentifiers(text).length > 0);
  return (
    <form
      noValidate
      className="lk-form lk-agreement-form"
      aria-label={label}
      onSubmit={(event) =>
        void handleSubmit((values) => {
          const rule = decisionRuleOf(values.rule);
          if (rule.ok) onSubmit(values, rule.rule);
        })(event)
      }
    >
      <FormProblem error={error} fields={fields} />
      <TextField
        id={`${idPrefix}-title`}
        label={t('agreements.form.title')}
        description={t('agreements.form.titleHint')}
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
        name="scope"
        id={`${idPrefix}-scope`}
        label={t('agreements.form.scope')}
        description={t('agreements.form.scopeHint')}
        error={errorAt('scope')}
        rows={3}
      />
      <DecisionRuleFields
        id={`${idPrefix}-rule`}
        kind={kind}
        register={register}
        error={errorAt('rule', 'decisionRule')}
        shareError={errorAt('rule.percentage')}
        description={ruleDescription}
      />
      {withChangelog ? (
        <GuardedTextAreaField
          control={control}
          name="changelog"
          id={`${idPrefix}-changelog`}
          label={t('agreements.form.changelog')}
          description={t('agreements.form.changelogHint')}
          error={errorAt('changelog')}
          rows={3}
        />
      ) : null}
      {blocked ? (
        <p id={`${idPrefix}-blocked`} className="lk-field-error">
          {t('agreements.form.blocked')}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={pending || blocked}
        aria-describedby={blocked ? `${idPrefix}-blocked` : undefined}
      >
        {submitLabel}
      </Button>
    </form>
  );
}
