import {
  caseFields,
  createCase,
  findIdentifiers,
  legalFrameworks,
  lifeDomains,
  organisationTypes,
  positiveHealthDimensions,
  recordedFields,
  updateCase,
  type BuildingTeam,
  type Case,
  type CaseField,
  type CaseStatus,
  type CaseUpdate,
  type GuidelineClause,
  type RegistrationGuideline,
  type Term,
} from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Fieldset,
  Heading2,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { callApi, isApiProblem } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { IdentifierFindings, findingsId, refusedId, type Finding } from './IdentifierFindings';

type TextCode =
  'title' | 'narrative' | 'presentingQuestion' | 'underlyingQuestion' | 'ageGroup' | 'diagnosis' | 'familyMembers';
type ListCode =
  'presentingDimensions' | 'underlyingDimensions' | 'lifeDomains' | 'organisationTypesInvolved' | 'legalFrameworks';

const textCodes: readonly TextCode[] = [
  'title',
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'ageGroup',
  'diagnosis',
  'familyMembers',
];
const longTexts: ReadonlySet<CaseField> = new Set([
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'diagnosis',
  'familyMembers',
]);
const listTerms: Record<ListCode, readonly Term[]> = {
  presentingDimensions: positiveHealthDimensions,
  underlyingDimensions: positiveHealthDimensions,
  lifeDomains,
  organisationTypesInvolved: organisationTypes,
  legalFrameworks,
};
const isText = (code: CaseField): code is TextCode => (textCodes as readonly string[]).includes(code);
const isList = (code: CaseField): code is ListCode => code in listTerms;
const caseStatuses: readonly CaseStatus[] = ['brought-in', 'discussed', 'closed'];

/** The name the API gives a field in a refusal (`body.<name>`). */
const bodyName = (code: CaseField) => (code === 'caseDirectorOrganisation' ? 'caseDirectorOrganisationId' : code);
const formFields = [...caseFields.map((field) => bodyName(field.code)), 'status'];

const fieldId = (code: CaseField) => `case-${code}`;

/** The identifiers the API found, per field, from the invalid params of a 422. */
function serverFindings(error: unknown): Record<string, Finding[]> {
  const found: Record<string, Finding[]> = {};
  if (!isApiProblem(error)) return found;
  for (const param of error.problem.invalidParams ?? []) {
    if (param.kind === undefined || param.start === undefined || param.end === undefined) continue;
    const field = param.name.replace(/^body\./, '');
    (found[field] ??= []).push({ kind: param.kind, start: param.start, end: param.end });
  }
  return found;
}

function initialTexts(existing: Case | undefined): Record<TextCode, string> {
  return Object.fromEntries(textCodes.map((code) => [code, existing?.[code] ?? ''])) as Record<TextCode, string>;
}

function initialLists(existing: Case | undefined): Record<ListCode, string[]> {
  return Object.fromEntries(
    (Object.keys(listTerms) as ListCode[]).map((code) => [code, [...(existing?.[code] ?? [])]]),
  ) as Record<ListCode, string[]>;
}

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
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState(() => initialTexts(existing));
  const [lists, setLists] = useState(() => initialLists(existing));
  const [professionals, setProfessionals] = useState(existing?.professionalsInvolved?.toString() ?? '');
  const [director, setDirector] = useState(existing?.caseDirectorOrganisation?.id ?? '');
  const [status, setStatus] = useState<CaseStatus>(existing?.status ?? 'brought-in');
  const [submitted, setSubmitted] = useState<Record<TextCode, string> | null>(null);
  const shown = recordedFields(guideline.clauses);
  const clauseOf = (code: CaseField) => guideline.clauses.find((clause) => clause.field === code) as GuidelineClause;
  const notRecorded = guideline.clauses.filter((clause) => clause.rule === 'not-recorded');

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

  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      for (const code of shown) {
        if (isText(code)) {
          const value = texts[code].trim();
          if (existing ? value !== (existing[code] ?? '') : value) body[code] = value;
        } else if (isList(code)) {
          const value = lists[code];
          if (existing ? value.join() !== existing[code].join() : value.length > 0) body[code] = value;
        } else if (code === 'professionalsInvolved') {
          const value = professionals.trim() === '' ? undefined : Number(professionals);
          if (value !== undefined && value !== existing?.professionalsInvolved) body.professionalsInvolved = value;
        } else if (code === 'caseDirectorOrganisation') {
          if (director && director !== existing?.caseDirectorOrganisation?.id)
            body.caseDirectorOrganisationId = director;
        }
      }
      if (existing) {
        if (status !== existing.status) body.status = status;
        return callApi(updateCase, { params: { caseId: existing.id }, body: body as CaseUpdate });
      }
      return callApi(createCase, { body: { ...body, buildingTeamId: team.id } });
    },
    onSuccess: async (saved) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['cases'], refetchType: 'all' });
      await navigate(`/bouwteams/${team.id}/casussen/${saved.id}`);
    },
  });
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
      const marks = [...local, ...fromServer];
      const onChange = (value: string) => setTexts((current) => ({ ...current, [code]: value }));
      const hintIds =
        [local.length > 0 ? findingsId(id) : null, fromServer.length > 0 ? refusedId(id) : null]
          .filter(Boolean)
          .join(' ') || undefined;
      const after = (
        <>
          <IdentifierFindings id={findingsId(id)} fieldId={id} text={texts[code]} findings={local} />
          <IdentifierFindings id={refusedId(id)} fieldId={id} text={texts[code]} findings={fromServer} fromServer />
        </>
      );
      if (longTexts.has(code)) {
        return (
          <TextAreaField
            key={code}
            id={id}
            label={labelOf(code)}
            description={describe(clause)}
            value={texts[code]}
            onChange={(event) => onChange(event.target.value)}
            error={errorOf(code)}
            required={clause.rule === 'required'}
            aria-invalid={marks.length > 0 ? true : undefined}
            extraDescribedBy={hintIds}
            rows={code === 'narrative' ? 8 : 3}
            after={after}
          />
        );
      }
      return (
        <div key={code}>
          <TextField
            id={id}
            label={labelOf(code)}
            description={describe(clause)}
            value={texts[code]}
            onChange={(event) => onChange(event.target.value)}
            error={errorOf(code) ?? (marks.length > 0 ? t('privacy.found', { count: marks.length }) : undefined)}
            required={clause.rule === 'required'}
          />
          {after}
        </div>
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
        save.mutate();
      }}
    >
      <Paragraph>{t('cases.form.guideline', { version: guideline.version })}</Paragraph>
      {notRecorded.length > 0 ? (
        <>
          <Heading2>{t('cases.form.notRecordedHeading')}</Heading2>
          <UnorderedList>
            {notRecorded.map((clause) => (
              <UnorderedListItem key={clause.field}>
                <strong>{termLabel(caseFields, clause.field, language)}</strong>: {clause.purpose[language]}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
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
