import {
  caseFields,
  findIdentifiers,
  recordedFields,
  type BuildingTeam,
  type Case,
  type CaseField,
  type CaseStatus,
  type CaseUpdate,
  type GuidelineClause,
  type RegistrationGuideline,
} from '@leerkring/domain';
import { Button, CheckboxField, Fieldset, Heading2, Paragraph, SelectField, TextField } from '@leerkring/ui';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { useSaveCase } from '../api/case-mutations';
import type { Finding } from '../../../components/IdentifierFindings';

import { CaseTextField } from './CaseTextField';
import { NotRecordedList } from './NotRecordedList';
import {
  bodyName,
  caseStatuses,
  changedFields,
  fieldId,
  formFields,
  initialLists,
  initialTexts,
  isList,
  isText,
  listTerms,
  longTexts,
  serverFindings,
  textCodes,
  type TextCode,
} from '../case-form-fields';

/**
 * Bring in or change a case. Only the fields the guideline in force records are shown, each with why it is recorded
 * and whether it is required; anything in the text that points at a person is marked while typing, and sending waits
 * until it is gone. What the API refuses is shown at the fields.
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
  const [texts, setTexts] = useState(() => initialTexts(existing));
  const [lists, setLists] = useState(() => initialLists(existing));
  const [professionals, setProfessionals] = useState(existing?.professionalsInvolved?.toString() ?? '');
  const [director, setDirector] = useState(existing?.caseDirectorOrganisation?.id ?? '');
  const [status, setStatus] = useState<CaseStatus>(existing?.status ?? 'brought-in');
  const [submitted, setSubmitted] = useState<Record<TextCode, string> | null>(null);
  const shown = recordedFields(guideline.clauses);
  const clauseOf = (code: CaseField) => guideline.clauses.find((clause) => clause.field === code) as GuidelineClause;

  const deferredTexts = useDeferredValue(texts);
  const findings = useMemo(() => {
    const found: Partial<Record<TextCode, Finding[]>> = {};
    for (const code of textCodes) {
      if (!shown.includes(code)) continue;
      const result = findIdentifiers(deferredTexts[code]);
      if (result.length > 0) found[code] = result;
    }
    return found;
  }, [deferredTexts, shown.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const findingCount = Object.values(findings).reduce((sum, list) => sum + list.length, 0);

  const save = useSaveCase();
  const submit = () => {
    const body = changedFields({ shown, texts, lists, professionals, director, existing });
    if (existing && status !== existing.status) body.status = status;
    save.mutate(
      existing ? { caseId: existing.id, body: body as CaseUpdate } : { body: { ...body, buildingTeamId: team.id } },
      { onSuccess: (saved) => void navigate(`/bouwteams/${team.id}/casussen/${saved.id}`) },
    );
  };
  const errors = fieldErrorsOf(save.error);
  const refused = serverFindings(save.error);
  const errorOf = (code: CaseField) => errors[bodyName(code)];

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
      const local = findings[code] ?? [];
      // The API's positions hold for the text as it was sent; once the text changes they no longer point anywhere.
      const fromServer = submitted?.[code] === texts[code] ? (refused[code] ?? []) : [];
      return (
        <CaseTextField
          key={code}
          id={id}
          long={longTexts.has(code)}
          rows={code === 'narrative' ? 8 : 3}
          label={labelOf(code)}
          description={describe(clause)}
          value={texts[code]}
          onChange={(value) => setTexts((current) => ({ ...current, [code]: value }))}
          error={errorOf(code)}
          required={clause.rule === 'required'}
          local={local}
          fromServer={fromServer}
        />
      );
    }
    if (isList(code)) {
      const chosen = lists[code];
      return (
        <Fieldset key={code} id={id} legend={labelOf(code)} description={describe(clause)} error={errorOf(code)}>
          <div className="lk-checkbox-list">
            {listTerms[code].map((term) => (
              <CheckboxField
                key={term.code}
                id={`${id}-${term.code}`}
                label={term.label[language]}
                checked={chosen.includes(term.code)}
                onChange={(event) =>
                  setLists((current) => ({
                    ...current,
                    [code]: event.target.checked
                      ? [...current[code], term.code]
                      : current[code].filter((item) => item !== term.code),
                  }))
                }
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
          value={professionals}
          onChange={(event) => setProfessionals(event.target.value)}
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
        value={director}
        onChange={(event) => setDirector(event.target.value)}
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
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(texts);
        submit();
      }}
    >
      <Paragraph>{t('cases.form.guideline', { version: guideline.version })}</Paragraph>
      <NotRecordedList guideline={guideline} />
      <Heading2>{t('cases.form.fieldsHeading')}</Heading2>
      <FormProblem error={save.error} fields={formFields} />
      {shown.map(renderField)}
      {existing ? (
        <SelectField
          id="case-status"
          label={t('cases.statusLabel')}
          value={status}
          onChange={(event) => setStatus(event.target.value as CaseStatus)}
          error={errors.status}
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
