import {
  RegistrationGuidelineCreateSchema,
  caseFields,
  invalidParamsFromIssues,
  type CaseField,
  type FieldRule,
  type InvalidParam,
  type OperationRequest,
  type RegistrationGuideline,
  type createRegistrationGuideline,
} from '@leerkring/domain';

/** What the form holds for one case field: the decision, why (in Dutch and English) and how long it is kept. */
export interface ClauseDraft {
  field: CaseField;
  rule: FieldRule;
  purpose: { nl: string; en: string };
  retention: string;
  /** The lessons behind the clause, carried over from the version copied (not edited in the form). */
  lessonIds: string[];
}

export interface GuidelineDraft {
  clauses: ClauseDraft[];
  changelog: string;
  lessonIds: string[];
  putInForce: boolean;
}

export type GuidelineCreateBody = OperationRequest<typeof createRegistrationGuideline>['body'];

/** A refusal placed at a field of the form, from the form's own check or from the API's problem+json. */
export interface Refusal {
  code: string | undefined;
  reason: string;
}
/** Refusals by the id of the form field they belong to. */
export type Refusals = Record<string, Refusal>;

export const rules: readonly FieldRule[] = ['required', 'optional', 'not-recorded'];

/** The ids of the form's fields, which are also the keys of its refusals and of what the privacy guard found. */
export const fieldIds = {
  rule: (field: CaseField) => `guideline-${field}-rule`,
  purposeNl: (field: CaseField) => `guideline-${field}-purpose-nl`,
  purposeEn: (field: CaseField) => `guideline-${field}-purpose-en`,
  retention: (field: CaseField) => `guideline-${field}-retention`,
  changelog: 'guideline-changelog',
  lessons: 'guideline-lessons',
  putInForce: 'guideline-put-in-force',
  /** What is said about the clauses as a whole. */
  clauses: 'guideline-clauses',
} as const;

/** The body members the form has a place for; anything else the API refuses is listed in the problem message. */
export const placedMembers = ['clauses', 'changelog', 'lessonIds', 'putInForce'] as const;

/**
 * A new version starts as a copy of `source` (the version in force): the same decisions, purposes and retention, in
 * its order. Every case field gets a place; one the source does not name is not recorded (as the API reads it).
 */
export function draftFrom(source: RegistrationGuideline | null): GuidelineDraft {
  const named = (source?.clauses ?? []).map((clause) => ({
    field: clause.field,
    rule: clause.rule,
    purpose: { nl: clause.purpose.nl, en: clause.purpose.en },
    retention: clause.retention,
    lessonIds: [...clause.lessonIds],
  }));
  const missing = caseFields
    .filter((field) => !named.some((clause) => clause.field === field.code))
    .map((field): ClauseDraft => ({
      field: field.code,
      rule: field.code === 'title' ? 'required' : 'not-recorded',
      purpose: { nl: '', en: '' },
      retention: '',
      lessonIds: [],
    }));
  return { clauses: [...named, ...missing], changelog: '', lessonIds: [], putInForce: false };
}

const isBlank = (clause: ClauseDraft) =>
  !clause.purpose.nl.trim() && !clause.purpose.en.trim() && !clause.retention.trim();

/**
 * The request body, and which case field each clause in it is (to place the API's `body.clauses.<i>` refusals). A
 * field not recorded without any explanation is left out: the guideline not naming a field means it is not recorded.
 */
export function toCreateBody({ draft, buildingTeamId }: { draft: GuidelineDraft; buildingTeamId: string }): {
  body: GuidelineCreateBody;
  fields: CaseField[];
} {
  const sent = draft.clauses.filter((clause) => !(clause.rule === 'not-recorded' && isBlank(clause)));
  return {
    body: {
      buildingTeamId,
      clauses: sent.map((clause) => ({
        field: clause.field,
        rule: clause.rule,
        purpose: { nl: clause.purpose.nl.trim(), en: clause.purpose.en.trim() },
        retention: clause.retention.trim(),
        lessonIds: clause.lessonIds,
      })),
      changelog: draft.changelog,
      lessonIds: draft.lessonIds,
      putInForce: draft.putInForce,
    },
    fields: sent.map((clause) => clause.field),
  };
}

/** The form field a member of the clause of `field` belongs to (`purpose.nl`, `retention`, `rule` …). */
function clauseFieldId(field: CaseField, member: readonly string[]): string {
  if (member[0] === 'purpose') return member[1] === 'en' ? fieldIds.purposeEn(field) : fieldIds.purposeNl(field);
  if (member[0] === 'retention') return fieldIds.retention(field);
  return fieldIds.rule(field);
}

/**
 * Where each refusal belongs in the form: `body.clauses.3.purpose.nl` at the Dutch purpose of the fourth clause sent,
 * `body.changelog` at the changelog. Refusals of members the form has no field for are left out (the problem message
 * lists them). The first refusal for a field wins.
 */
export function placeRefusals({
  params,
  fields,
}: {
  params: readonly InvalidParam[];
  fields: readonly CaseField[];
}): Refusals {
  const placed: Refusals = {};
  const put = (id: string, param: InvalidParam) => {
    placed[id] ??= { code: param.code, reason: param.reason };
  };
  for (const param of params) {
    const [member, ...rest] = param.name.replace(/^body\./, '').split('.');
    if (member === 'clauses') {
      const field = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? fields[Number(rest[0])] : undefined;
      put(field ? clauseFieldId(field, rest.slice(1)) : fieldIds.clauses, param);
    } else if (member === 'changelog') put(fieldIds.changelog, param);
    else if (member === 'lessonIds') put(fieldIds.lessons, param);
    else if (member === 'putInForce') put(fieldIds.putInForce, param);
  }
  return placed;
}

export const titleRequiredCode = 'title-required';

/**
 * The form's check before sending: the domain's own schema (the rules the API applies), placed at the fields. That
 * the title is always required is said at the title's decision rather than about the clauses as a whole.
 */
export function checkDraft({ draft, buildingTeamId }: { draft: GuidelineDraft; buildingTeamId: string }): Refusals {
  const { body, fields } = toCreateBody({ draft, buildingTeamId });
  const parsed = RegistrationGuidelineCreateSchema.safeParse(body);
  const titleRequired = draft.clauses.find((clause) => clause.field === 'title')?.rule !== 'required';
  const params = parsed.success ? [] : invalidParamsFromIssues({ issues: parsed.error.issues, location: 'body' });
  const placed = placeRefusals({
    params: titleRequired
      ? params.filter((param) => !(param.name === 'body.clauses' && param.code === 'custom'))
      : params,
    fields,
  });
  if (titleRequired)
    placed[fieldIds.rule('title')] = { code: titleRequiredCode, reason: 'De titel is altijd verplicht.' };
  return placed;
}

export type MessageKey =
  'titleRequired' | 'purposeNl' | 'purposeEn' | 'retentionTooLong' | 'changelogTooShort' | 'changelogTooLong';

/**
 * The message key (under `guidelines.form.errors`) for a refusal the form can say in the reader's language; undefined
 * when the API's own reason is shown.
 */
export function messageKeyOf({ id, code }: { id: string; code: string | undefined }): MessageKey | undefined {
  if (code === titleRequiredCode) return 'titleRequired';
  if (code === 'too_small' && id.endsWith('-purpose-nl')) return 'purposeNl';
  if (code === 'too_small' && id.endsWith('-purpose-en')) return 'purposeEn';
  if (code === 'too_big' && id.endsWith('-retention')) return 'retentionTooLong';
  if (code === 'too_small' && id === fieldIds.changelog) return 'changelogTooShort';
  if (code === 'too_big' && id === fieldIds.changelog) return 'changelogTooLong';
  return undefined;
}

/** The first field in the form's order with a refusal, to move the focus to. */
export function firstRefused({ draft, refusals }: { draft: GuidelineDraft; refusals: Refusals }): string | undefined {
  const order = [
    fieldIds.clauses,
    ...draft.clauses.flatMap((clause) => [
      fieldIds.rule(clause.field),
      fieldIds.purposeNl(clause.field),
      fieldIds.purposeEn(clause.field),
      fieldIds.retention(clause.field),
    ]),
    fieldIds.changelog,
    fieldIds.lessons,
    fieldIds.putInForce,
  ];
  return order.find((id) => refusals[id] !== undefined);
}

/** Which fields change decision compared with the source, for the summary above the submit button. */
export function changedDecisions({
  source,
  draft,
}: {
  source: RegistrationGuideline | null;
  draft: GuidelineDraft;
}): { field: CaseField; from: FieldRule; to: FieldRule }[] {
  return draft.clauses.flatMap((clause) => {
    const from = source?.clauses.find((item) => item.field === clause.field)?.rule ?? 'not-recorded';
    return from === clause.rule ? [] : [{ field: clause.field, from, to: clause.rule }];
  });
}
