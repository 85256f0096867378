import {
  findIdentifiers,
  lessonThemes,
  type CaseField,
  type Lesson,
  type RegistrationGuideline,
} from '@leerkring/domain';
import { Alert, Button, Fieldset, Heading2, Paragraph } from '@leerkring/ui';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { GuardedTextField } from '../../../components/GuardedTextField';
import { isApiProblem } from '../../../lib/api-client';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import type { Finding } from '../../../components/IdentifierFindings';
import { useWriteGuidelineVersion } from '../api/guideline-mutations';
import {
  changedDecisions,
  checkDraft,
  draftFrom,
  fieldIds,
  firstRefused,
  messageKeyOf,
  placeRefusals,
  placedMembers,
  toCreateBody,
  type ClauseDraft,
  type Refusals,
} from '../guideline-draft';
import { shortened, versionPath } from '../paths';
import { CheckboxRow, focusField } from './CheckboxRow';
import { GuidelineChanges } from './GuidelineChanges';
import { GuidelineClauseFields } from './GuidelineClauseFields';
import { savedParam } from './GuidelineVersionPage';

const blockedId = 'guideline-submit-blocked';
const summaryId = 'guideline-check-summary';

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
  const [draft, setDraft] = useState(() => draftFrom(source));
  const [checked, setChecked] = useState<Refusals>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    focusField(focusId);
    setFocusId(null);
  }, [focusId]);

  const save = useWriteGuidelineVersion();
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
        save.mutate(toCreateBody({ draft, buildingTeamId }), {
          onSuccess: (stored) => void navigate(`${versionPath(buildingTeamId, stored.id)}?${savedParam}=1`),
          onError: (error, { fields }) => {
            const placed = isApiProblem(error)
              ? placeRefusals({ params: error.problem.invalidParams ?? [], fields })
              : {};
            const first = firstRefused({ draft, refusals: placed });
            if (first) setFocusId(first);
          },
        });
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
      {draft.clauses.map((clause) => (
        <GuidelineClauseFields
          key={clause.field}
          clause={clause}
          findings={findings}
          errorOf={errorOf}
          settle={settle}
          onChange={(change) => update(clause.field, change)}
        />
      ))}

      <Heading2>{t('guidelines.form.aboutHeading')}</Heading2>
      <GuardedTextField
        id={fieldIds.changelog}
        label={t('guidelines.form.changelog')}
        description={t('guidelines.form.changelogHint')}
        value={draft.changelog}
        onChange={(changelog) => {
          setDraft((current) => ({ ...current, changelog }));
          settle(fieldIds.changelog);
        }}
        error={errorOf(fieldIds.changelog)}
        local={findings[fieldIds.changelog] ?? []}
        required
        multiline
        rows={4}
      />
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

      <GuidelineChanges changes={changes} />
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
