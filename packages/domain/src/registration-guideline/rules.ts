import type { CaseField, ClauseReasons, GuidelineClause } from './schema.js';

export interface GuidelineViolation {
  field: CaseField;
  kind: 'not-recorded' | 'required-missing';
  clause: GuidelineClause;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/**
 * Checks case values against the guideline in force: a value in a field that is not recorded is refused (never
 * silently dropped), and a required field must have a value. Fields the guideline does not name are not recorded.
 */
export function guidelineViolations({
  clauses,
  values,
  partial = false,
}: {
  clauses: readonly GuidelineClause[];
  values: Partial<Record<CaseField, unknown>>;
  /** For a change: only the fields given are checked for a value, required ones may be left out. */
  partial?: boolean;
}): GuidelineViolation[] {
  const byField = new Map(clauses.map((clause) => [clause.field, clause]));
  const violations: GuidelineViolation[] = [];
  for (const [field, value] of Object.entries(values) as [CaseField, unknown][]) {
    const clause = byField.get(field);
    if (!isEmpty(value) && (!clause || clause.rule === 'not-recorded')) {
      violations.push({
        field,
        kind: 'not-recorded',
        clause: clause ?? {
          field,
          rule: 'not-recorded',
          purpose: { nl: 'Niet in de richtlijn opgenomen.', en: 'Not in the guideline.' },
          retention: '',
        },
      });
    }
  }
  for (const clause of clauses) {
    if (clause.rule !== 'required') continue;
    const given = Object.prototype.hasOwnProperty.call(values, clause.field);
    if ((partial && given && isEmpty(values[clause.field])) || (!partial && isEmpty(values[clause.field]))) {
      violations.push({ field: clause.field, kind: 'required-missing', clause });
    }
  }
  return violations;
}

/** The fields a case form shows: those the guideline records, in its order. */
export function recordedFields(clauses: readonly GuidelineClause[]): CaseField[] {
  return clauses.filter((clause) => clause.rule !== 'not-recorded').map((clause) => clause.field);
}

/**
 * Why a clause says what it says, from the lessons that led to it: those lessons, and the distinct cases and sessions
 * behind them (a case or session behind two lessons counts once).
 */
export function clauseReasons(
  lessons: readonly {
    id: string;
    text: string;
    theme: string;
    caseIds: readonly string[];
    sessionIds: readonly string[];
  }[],
): ClauseReasons {
  return {
    lessons: lessons.map(({ id, text, theme }) => ({ id, text, theme })),
    caseCount: new Set(lessons.flatMap((lesson) => lesson.caseIds)).size,
    sessionCount: new Set(lessons.flatMap((lesson) => lesson.sessionIds)).size,
  };
}

/** The lessons behind a version: those named for the version, then each clause's, each once. */
export function versionLessonIds({
  lessonIds,
  clauses,
}: {
  lessonIds: readonly string[];
  clauses: readonly { lessonIds: readonly string[] }[];
}): string[] {
  return [...new Set([...lessonIds, ...clauses.flatMap((clause) => clause.lessonIds)])];
}
