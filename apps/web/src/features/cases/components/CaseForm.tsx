import {
  caseFields,
  findIdentifiers,
  recordedFields,
  type BuildingTeam,
  type Case,
  type CaseField,
  type CaseUpdate,
  type GuidelineClause,
  type RegistrationGuideline,
} from '@leerkring/domain';
import { Button, CheckboxField, Fieldset, Heading2, Paragraph, SelectField, TextField } from '@leerkring/ui';
import { useDeferredValue, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { GuardedTextField } from '../../../components/GuardedTextField';
import type { Finding } from '../../../components/IdentifierFindings';
import { useSchemaForm } from '../../../lib/form';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { useSaveCase } from '../api/case-mutations';
import { NotRecordedList } from './NotRecordedList';
import {
  bodyName,
  caseFormSchema,
  caseFormValuesOf,
  caseStatuses,
  changedFields,
  fieldId,
  formFields,
  isList,
  isText,
  listTerms,
  longTexts,
  serverFindings,
  textCodes,
  type CaseFormValues,
  type TextCode,
} from '../case-form-fields';

/**
 * Bring in or change a case. Only the fields the guideline in force records are shown, each with why it is recorded
 * and whether it is required; anything in the text that points at a person is marked while typing, and sending waits
 * until it is gone. The form checks the domain's rules before sending (focus goes to the first field it refuses);
 * what the API refuses is shown at the fields.
 */
export function CaseForm({
  team,
  guideline,
  existing,
}: {
  team: BuildingTeam;
  guideline: RegistrationGuideline;
  existing?: Case;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const form = useSchemaForm(caseFormSchema, caseFormValuesOf(existing));
  const { control, register, formState } = form;
  const [submitted, setSubmitted] = useState<CaseFormValues | null>(null);
  const shown = recordedFields(guideline.clauses);
  const clauseOf = (code: CaseField) => guideline.clauses.find((clause) => clause.field === code) as GuidelineClause;

  const texts = useWatch({ control, name: textCodes as TextCode[] });
  const deferredTexts = useDeferredValue(texts);
  const findings = useMemo(() => {
    const found: Partial<Record<TextCode, Finding[]>> = {};
    textCodes.forEach((code, index) => {
      if (!shown.includes(code)) return;
      const result = findIdentifiers(deferredTexts[index] ?? '');
      if (result.length > 0) found[code] = result;
    });
    return found;
  }, [deferredTexts, shown.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const findingCount = Object.values(findings).reduce((sum, list) => sum + list.length, 0);

  const save = useSaveCase();
  const submit = form.handleSubmit(() => {
    const values = form.getValues();
    setSubmitted(values);
    const body = changedFields({ shown, values, existing });
    save.mutate(
      existing ? { caseId: existing.id, body: body as CaseUpdate } : { body: { ...body, buildingTeamId: team.id } },
      { onSuccess: (saved) => void navigate(`/bouwteams/${team.id}/casussen/${saved.id}`) },
    );
  });
  const errors = fieldErrorsOf(save.error);
  const refused = serverFindings(save.error);
  const errorAt = (name: keyof CaseFormValues): string | undefined => {
    const error = formState.errors[name];
    // The domain's own message for a short title is Dutch; the form says it in the person's language.
    if (name === 'title' && error?.type === 'too_small') return t('form.errors.tooShort', { count: 3 });
    return error?.message || errors[name];
  };
  const errorOf = (code: CaseField) => errorAt(bodyName(code) as keyof CaseFormValues);

  const describe = (clause: GuidelineClause) => (
    <>
      <strong>{clause.rule === 'required' ? t('cases.form.required') : t('cases.form.optional')}</strong>{' '}
      {t('cases.form.why', { purpose: clause.purpose[language] })}
    </>
  );
  const labelOf = (code: CaseField) => {
    const label = termLabel(caseFields, code, language);
    return clauseOf(code).rule === 'required' ? t('cases.form.requiredLabel', { label }) : label;
  };

  const renderField = (code: CaseField) => {
    const clause = clauseOf(code);
    const id = fieldId(code);
    if (isText(code)) {
      return (
        <Controller
          key={code}
          control={control}
          name={code}
          render={({ field }) => (
            <GuardedTextField
              id={id}
              multiline={longTexts.has(code)}
              rows={code === 'narrative' ? 8 : 3}
              label={labelOf(code)}
              description={describe(clause)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorOf(code)}
              required={clause.rule === 'required'}
              local={findings[code] ?? []}
              // The API's positions hold for the text as it was sent; once the text changes they no longer point anywhere.
              fromServer={submitted?.[code] === field.value ? (refused[code] ?? []) : []}
            />
          )}
        />
      );
    }
    if (isList(code)) {
      return (
        <Fieldset key={code} id={id} legend={labelOf(code)} description={describe(clause)} error={errorOf(code)}>
          <div className="lk-checkbox-list">
            {listTerms[code].map((term) => (
              <CheckboxField
                key={term.code}
                id={`${id}-${term.code}`}
                label={term.label[language]}
                value={term.code}
                {...register(code)}
              />
            ))}
          </div>
        </Fieldset>
      );
    }
    if (code === 'professionalsInvolved') {
      return (
        <TextField
          key={code}
          id={id}
          type="number"
          min={0}
          max={500}
          inputMode="numeric"
          label={labelOf(code)}
          description={describe(clause)}
          {...register('professionalsInvolved')}
          error={errorOf(code)}
          required={clause.rule === 'required'}
        />
      );
    }
    const organisations = [team.municipality, ...team.partners];
    return (
      <SelectField
        key={code}
        id={id}
        label={labelOf(code)}
        description={describe(clause)}
        {...register('caseDirectorOrganisationId')}
        error={errorOf(code)}
        required={clause.rule === 'required'}
        options={[
          { value: '', label: t('common.choose') },
          ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
        ]}
      />
    );
  };

  return (
    <form noValidate className="lk-form" onSubmit={(event) => void submit(event)}>
      <Paragraph>{t('cases.form.guideline', { version: guideline.version })}</Paragraph>
      <NotRecordedList guideline={guideline} />
      <Heading2>{t('cases.form.fieldsHeading')}</Heading2>
      <FormProblem error={save.error} fields={formFields} />
      {shown.map(renderField)}
      {existing ? (
        <SelectField
          id="case-status"
          label={t('cases.statusLabel')}
          {...register('status')}
          error={errorAt('status')}
          options={caseStatuses.map((code) => ({ value: code, label: t(`cases.status.${code}`) }))}
        />
      ) : null}
      {findingCount > 0 ? (
        <p id="case-submit-blocked" className="lk-field-error">
          {t('privacy.blocked', { count: findingCount })}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findingCount > 0}
        aria-describedby={findingCount > 0 ? 'case-submit-blocked' : undefined}
      >
        {existing ? t('common.save') : t('cases.form.submit')}
      </Button>
    </form>
  );
}
