import {
  caseFields,
  findIdentifiers,
  lessonThemes,
  type CaseField,
  type Lesson,
  type RegistrationGuideline,
} from '@leerkring/domain';
import {
  Alert,
  Button,
  Fieldset,
  Heading2,
  Paragraph,
  TextAreaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState, type ChangeEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { isApiProblem } from '../../../lib/api-client';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { IdentifierFindings, findingsId, type Finding } from '../../cases/components/IdentifierFindings';
import { writeGuidelineVersion } from '../api/guideline-changes';
import { guidelinesKeyRoot } from '../api/guideline-queries';
import {
  changedDecisions,
  checkDraft,
  draftFrom,
  fieldIds,
  firstRefused,
  messageKeyOf,
  placeRefusals,
  placedMembers,
  rules,
  toCreateBody,
  type ClauseDraft,
  type GuidelineCreateBody,
  type Refusals,
} from '../guideline-draft';
import { shortened, versionPath } from '../paths';
import { savedParam } from './GuidelineVersionPage';

const blockedId = 'guideline-submit-blocked';
const summaryId = 'guideline-check-summary';

/**
 * A checkbox with its label beside it, in a group that carries the description and error (as the decisions' radio
 * buttons are): the design system's single checkbox field squeezes a long label into its narrow first column.
 */
function CheckboxRow({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
}) {
  return (
    <div className="lk-checkbox-row">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={onChange}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}

/** Moves the focus to a field; for a group of choices, to the choice made. */
function focusField(id: string) {
  const element = document.getElementById(id);
  if (element instanceof HTMLFieldSetElement) {
    (
      element.querySelector<HTMLInputElement>('input:checked') ?? element.querySelector<HTMLInputElement>('input')
    )?.focus();
  } else {
    element?.focus();
  }
}

/**
 * A new guideline version: per case field the decision (required, optional, not recorded) with why, in Dutch and
 * English, and how long it is kept; what changes and why; the lessons it came from; and whether it is in force at once.
 * The form checks with the domain's schema before sending and places the API's refusals at the fields. What points at
 * a person is marked while typing, as in the case form, and sending waits until it is gone.
 */
export function GuidelineForm({
  buildingTeamId,
  source,
  lessons,
}: {
  buildingTeamId: string;
  source: RegistrationGuideline | null;
  lessons: readonly Lesson[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFrom(source));
  const [checked, setChecked] = useState<Refusals>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    focusField(focusId);
    setFocusId(null);
  }, [focusId]);

  const save = useMutation({
    // The fields sent go with the call: the API's `body.clauses.<i>` refusals are placed by them.
    mutationFn: ({ body }: { body: GuidelineCreateBody; fields: readonly CaseField[] }) => writeGuidelineVersion(body),
    onSuccess: async (stored) => {
      // The list, the version in force (the bouwteam home, the case form) may all have changed.
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: guidelinesKeyRoot, refetchType: 'all' });
      await navigate(`${versionPath(buildingTeamId, stored.id)}?${savedParam}=1`);
    },
    onError: (error, { fields }) => {
      const placed = isApiProblem(error) ? placeRefusals({ params: error.problem.invalidParams ?? [], fields }) : {};
      const first = firstRefused({ draft, refusals: placed });
      if (first) setFocusId(first);
    },
  });
  const serverRefusals = useMemo(
    () =>
      isApiProblem(save.error)
        ? placeRefusals({ params: save.error.problem.invalidParams ?? [], fields: save.variables?.fields ?? [] })
        : {},
    [save.error, save.variables],
  );
  const refusals: Refusals = { ...serverRefusals, ...checked };
  const errorOf = (id: string): string | undefined => {
    const refusal = refusals[id];
    if (!refusal) return undefined;
    const key = messageKeyOf({ id, code: refusal.code });
    return key ? t(`guidelines.form.errors.${key}`) : refusal.reason;
  };

  const deferred = useDeferredValue(draft);
  const findings = useMemo(() => {
    const found: Record<string, Finding[]> = {};
    const check = (id: string, text: string) => {
      const result = findIdentifiers(text);
      if (result.length > 0) found[id] = result;
    };
    for (const clause of deferred.clauses) {
      check(fieldIds.purposeNl(clause.field), clause.purpose.nl);
      check(fieldIds.purposeEn(clause.field), clause.purpose.en);
      check(fieldIds.retention(clause.field), clause.retention);
    }
    check(fieldIds.changelog, deferred.changelog);
    return found;
  }, [deferred]);
  const findingCount = Object.values(findings).reduce((sum, list) => sum + list.length, 0);

  /** What the form's own check said about a field goes once the field is changed. */
  const settle = (id: string) =>
    setChecked((current) => {
      if (!(id in current)) return current;
      const { [id]: _settled, ...rest } = current;
      return rest;
    });
  const update = (field: CaseField, change: Partial<ClauseDraft>) =>
    setDraft((current) => ({
      ...current,
      clauses: current.clauses.map((clause) => (clause.field === field ? { ...clause, ...change } : clause)),
    }));

  /** A text input or area, with what the privacy guard finds in it while typing. */
  const textInput = ({
    id,
    label,
    value,
    onChange,
    description,
    required,
    multiline,
  }: {
    id: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
    description?: ReactNode;
    required?: boolean;
    multiline?: boolean;
  }) => {
    const found = findings[id] ?? [];
    const after = <IdentifierFindings id={findingsId(id)} fieldId={id} text={value} findings={found} />;
    if (multiline) {
      return (
        <TextAreaField
          id={id}
          label={label}
          description={description}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            settle(id);
          }}
          error={errorOf(id)}
          required={required}
          aria-invalid={found.length > 0 ? true : undefined}
          extraDescribedBy={found.length > 0 ? findingsId(id) : undefined}
          rows={id === fieldIds.changelog ? 4 : 2}
          after={after}
        />
      );
    }
    return (
      <div>
        <TextField
          id={id}
          label={label}
          description={description}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            settle(id);
          }}
          error={errorOf(id) ?? (found.length > 0 ? t('privacy.found', { count: found.length }) : undefined)}
          required={required}
          maxLength={250}
        />
        {after}
      </div>
    );
  };

  const renderClause = (clause: ClauseDraft) => {
    const { field } = clause;
    const ruleId = fieldIds.rule(field);
    const recorded = clause.rule !== 'not-recorded';
    const purposeHint = recorded ? t('guidelines.form.purposeHint') : t('guidelines.form.purposeHintNotRecorded');
    return (
      <div key={field} className="lk-guideline-clause">
        <Fieldset id={`guideline-${field}`} legend={termLabel(caseFields, field, language)}>
          <Fieldset id={ruleId} legend={t('guidelines.form.decision')} error={errorOf(ruleId)}>
            <div className="lk-choices">
              {rules.map((rule) => (
                <div key={rule} className="lk-checkbox-row">
                  <input
                    id={`${ruleId}-${rule}`}
                    type="radio"
                    name={ruleId}
                    value={rule}
                    checked={clause.rule === rule}
                    onChange={() => {
                      update(field, { rule });
                      settle(ruleId);
                    }}
                  />
                  <label htmlFor={`${ruleId}-${rule}`} className="utrecht-form-label utrecht-form-label--checkbox">
                    {t(`guidelines.form.choices.${rule}`)}
                  </label>
                </div>
              ))}
            </div>
          </Fieldset>
          {textInput({
            id: fieldIds.purposeNl(field),
            label: t('guidelines.form.purposeNl'),
            description: purposeHint,
            value: clause.purpose.nl,
            onChange: (nl) => update(field, { purpose: { ...clause.purpose, nl } }),
            required: recorded,
            multiline: true,
          })}
          {textInput({
            id: fieldIds.purposeEn(field),
            label: t('guidelines.form.purposeEn'),
            description: purposeHint,
            value: clause.purpose.en,
            onChange: (en) => update(field, { purpose: { ...clause.purpose, en } }),
            required: recorded,
            multiline: true,
          })}
          {textInput({
            id: fieldIds.retention(field),
            label: t('guidelines.form.retention'),
            description: t('guidelines.form.retentionHint'),
            value: clause.retention,
            onChange: (retention) => update(field, { retention }),
          })}
        </Fieldset>
      </div>
    );
  };

  const changes = changedDecisions({ source, draft });
  const checkedCount = Object.keys(checked).length;
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        const found = checkDraft({ draft, buildingTeamId });
        if (Object.keys(found).length > 0) {
          save.reset();
          setChecked(found);
          setFocusId(firstRefused({ draft, refusals: found }) ?? null);
          return;
        }
        setChecked({});
        save.mutate(toCreateBody({ draft, buildingTeamId }));
      }}
    >
      <Paragraph>
        {source ? t('guidelines.form.lead', { version: source.version }) : t('guidelines.form.leadEmpty')}
      </Paragraph>
      <FormProblem error={save.error} fields={placedMembers} />
      {checkedCount > 0 ? (
        <Alert type="error" id={summaryId}>
          <Paragraph>{t('guidelines.form.checkFailed', { count: checkedCount })}</Paragraph>
        </Alert>
      ) : null}
      <Heading2 id="guideline-fields-heading">{t('guidelines.form.fieldsHeading')}</Heading2>
      {refusals[fieldIds.clauses] ? (
        <p id={fieldIds.clauses} className="lk-field-error" tabIndex={-1}>
          {errorOf(fieldIds.clauses)}
        </p>
      ) : null}
      {draft.clauses.map(renderClause)}

      <Heading2>{t('guidelines.form.aboutHeading')}</Heading2>
      {textInput({
        id: fieldIds.changelog,
        label: t('guidelines.form.changelog'),
        description: t('guidelines.form.changelogHint'),
        value: draft.changelog,
        onChange: (changelog) => setDraft((current) => ({ ...current, changelog })),
        required: true,
        multiline: true,
      })}
      <Fieldset
        id={fieldIds.lessons}
        legend={t('guidelines.form.lessons')}
        description={t('guidelines.form.lessonsHint')}
        error={errorOf(fieldIds.lessons)}
      >
        {lessons.length === 0 ? (
          <Paragraph>{t('guidelines.form.noLessons')}</Paragraph>
        ) : (
          lessons.map((lesson) => (
            <CheckboxRow
              key={lesson.id}
              id={`${fieldIds.lessons}-${lesson.id}`}
              label={`${shortened(lesson.text)} (${termLabel(lessonThemes, lesson.theme, language)})`}
              checked={draft.lessonIds.includes(lesson.id)}
              onChange={(event) => {
                setDraft((current) => ({
                  ...current,
                  lessonIds: event.target.checked
                    ? [...current.lessonIds, lesson.id]
                    : current.lessonIds.filter((id) => id !== lesson.id),
                }));
                settle(fieldIds.lessons);
              }}
            />
          ))
        )}
      </Fieldset>
      <Fieldset
        id={fieldIds.putInForce}
        legend={t('guidelines.form.putInForceLegend')}
        description={t('guidelines.form.putInForceHint')}
        error={errorOf(fieldIds.putInForce)}
      >
        <CheckboxRow
          id={`${fieldIds.putInForce}-yes`}
          label={t('guidelines.form.putInForce')}
          checked={draft.putInForce}
          onChange={(event) => {
            setDraft((current) => ({ ...current, putInForce: event.target.checked }));
            settle(fieldIds.putInForce);
          }}
        />
      </Fieldset>

      <section aria-labelledby="guideline-changes-heading">
        <Heading2 id="guideline-changes-heading">{t('guidelines.form.changesHeading')}</Heading2>
        {changes.length === 0 ? (
          <Paragraph>{t('guidelines.form.noChanges')}</Paragraph>
        ) : (
          <UnorderedList>
            {changes.map((change) => (
              <UnorderedListItem key={change.field}>
                {t('guidelines.form.change', {
                  field: termLabel(caseFields, change.field, language),
                  from: t(`guidelines.decisions.${change.from}`),
                  to: t(`guidelines.decisions.${change.to}`),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {findingCount > 0 ? (
        <p id={blockedId} className="lk-field-error">
          {t('privacy.blocked', { count: findingCount })}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findingCount > 0}
        aria-describedby={findingCount > 0 ? blockedId : undefined}
      >
        {draft.putInForce ? t('guidelines.form.submitInForce') : t('guidelines.form.submitConcept')}
      </Button>
    </form>
  );
}
