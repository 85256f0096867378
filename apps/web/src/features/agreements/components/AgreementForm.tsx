import { findIdentifiers, type DecisionRule } from '@leerkring/domain';
import { Button, Fieldset, TextField } from '@leerkring/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import {
  decisionRuleKinds,
  decisionRuleOf,
  needsShare,
  type AgreementValues,
  type RuleDraft,
} from '../agreement-values';
import { GuardedTextArea } from './GuardedTextArea';

/**
 * The decision rule of an agreement as a choice of three, in words; the two that count a share of the partner
 * organisations ask for it as a percentage. The API's reason for refusing the rule is shown at the group.
 */
export function DecisionRuleFields({
  id,
  value,
  onChange,
  error,
  shareError,
  description,
}: {
  id: string;
  value: RuleDraft;
  onChange: (value: RuleDraft) => void;
  error?: string | undefined;
  shareError?: string | undefined;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} legend={t('agreements.ruleField.legend')} description={description} error={error}>
      {decisionRuleKinds.map((kind) => (
        <div key={kind} className="lk-checkbox-row lk-rule-choice">
          <input
            id={`${id}-${kind}`}
            type="radio"
            name={id}
            value={kind}
            checked={value.kind === kind}
            onChange={() => onChange({ ...value, kind })}
          />
          <label htmlFor={`${id}-${kind}`} className="utrecht-form-label utrecht-form-label--checkbox">
            {t(`agreements.ruleField.kind.${kind}`)}{' '}
            <span className="lk-hint">({t(`agreements.ruleField.hint.${kind}`)})</span>
          </label>
        </div>
      ))}
      {needsShare(value.kind) ? (
        <TextField
          id={`${id}-share`}
          inputMode="decimal"
          autoComplete="off"
          className="lk-rule-share"
          label={t('agreements.ruleField.share')}
          description={t('agreements.ruleField.shareHint')}
          value={value.percentage}
          onChange={(event) => onChange({ ...value, percentage: event.target.value })}
          error={shareError}
          required
        />
      ) : null}
    </Fieldset>
  );
}

const fields = ['context', 'title', 'scope', 'decisionRule', 'changelog'] as const;

/**
 * An agreement's title, scope and decision rule (and, when starting one, a note for concept 0.1). The reasons the API
 * gives are shown at their fields; text pointing at a person is marked while typing and holds back sending.
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
  const [values, setValues] = useState<AgreementValues>(initial);
  const [shareError, setShareError] = useState<string | undefined>();
  const set =
    <K extends keyof AgreementValues>(field: K) =>
    (value: AgreementValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const errors = fieldErrorsOf(error);
  const titleFindings = findIdentifiers(values.title);
  const blocked = [values.title, values.scope, withChangelog ? values.changelog : ''].some(
    (text) => findIdentifiers(text).length > 0,
  );
  const ruleId = `${idPrefix}-rule`;
  return (
    <form
      noValidate
      className="lk-form lk-agreement-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const rule = decisionRuleOf(values.rule);
        if (!rule.ok) {
          setShareError(t('agreements.ruleField.shareInvalid'));
          document.getElementById(`${ruleId}-share`)?.focus();
          return;
        }
        setShareError(undefined);
        onSubmit(values, rule.rule);
      }}
    >
      <FormProblem error={error} fields={fields} />
      <TextField
        id={`${idPrefix}-title`}
        label={t('agreements.form.title')}
        description={t('agreements.form.titleHint')}
        value={values.title}
        onChange={(event) => set('title')(event.target.value)}
        error={
          errors.title ?? (titleFindings.length > 0 ? t('privacy.found', { count: titleFindings.length }) : undefined)
        }
        required
        maxLength={200}
      />
      <GuardedTextArea
        id={`${idPrefix}-scope`}
        label={t('agreements.form.scope')}
        description={t('agreements.form.scopeHint')}
        value={values.scope}
        onChange={set('scope')}
        error={errors.scope}
        rows={3}
      />
      <DecisionRuleFields
        id={ruleId}
        value={values.rule}
        onChange={set('rule')}
        error={errors.decisionRule}
        shareError={shareError}
        description={ruleDescription}
      />
      {withChangelog ? (
        <GuardedTextArea
          id={`${idPrefix}-changelog`}
          label={t('agreements.form.changelog')}
          description={t('agreements.form.changelogHint')}
          value={values.changelog}
          onChange={set('changelog')}
          error={errors.changelog}
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
