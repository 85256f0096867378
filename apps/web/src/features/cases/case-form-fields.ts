import {
  CaseFieldsSchema,
  CaseStatusSchema,
  caseFields,
  legalFrameworks,
  lifeDomains,
  organisationTypes,
  positiveHealthDimensions,
  type Case,
  type CaseField,
  type CaseStatus,
  type Term,
} from '@leerkring/domain';
import { z } from 'zod';
import { isApiProblem } from '../../lib/api-client';
import { findingOf, type Finding } from '../../components/IdentifierFindings';

export type TextCode =
  'title' | 'narrative' | 'presentingQuestion' | 'underlyingQuestion' | 'ageGroup' | 'diagnosis' | 'familyMembers';
export type ListCode =
  | 'presentingDimensions'
  | 'underlyingDimensions'
  | 'lifeDomains'
  | 'underlyingLifeDomains'
  | 'organisationTypesInvolved'
  | 'legalFrameworks';

export const textCodes: readonly TextCode[] = [
  'title',
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'ageGroup',
  'diagnosis',
  'familyMembers',
];
export const longTexts: ReadonlySet<CaseField> = new Set([
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'diagnosis',
  'familyMembers',
]);
export const listTerms: Record<ListCode, readonly Term[]> = {
  presentingDimensions: positiveHealthDimensions,
  underlyingDimensions: positiveHealthDimensions,
  lifeDomains,
  underlyingLifeDomains: lifeDomains,
  organisationTypesInvolved: organisationTypes,
  legalFrameworks,
};
export const isText = (code: CaseField): code is TextCode => (textCodes as readonly string[]).includes(code);
export const isList = (code: CaseField): code is ListCode => code in listTerms;
export const caseStatuses: readonly CaseStatus[] = ['brought-in', 'discussed', 'closed'];

/** The name the API gives a field in a refusal (`body.<name>`). */
export const bodyName = (code: CaseField) =>
  code === 'caseDirectorOrganisation' ? 'caseDirectorOrganisationId' : code;
export const formFields = [...caseFields.map((field) => bodyName(field.code)), 'status'];

export const fieldId = (code: CaseField) => `case-${code}`;

/** The identifiers the API found, per field, from the invalid params of a 422. */
export function serverFindings(error: unknown): Record<string, Finding[]> {
  const found: Record<string, Finding[]> = {};
  if (!isApiProblem(error)) return found;
  for (const param of error.problem.invalidParams ?? []) {
    const finding = findingOf(param);
    if (finding) (found[param.name.replace(/^body\./, '')] ??= []).push(finding);
  }
  return found;
}

const fieldShape = CaseFieldsSchema.shape;
/** A text as typed: trimmed, and empty means not filled in; then the domain's rule for the field. */
const typedText = (code: TextCode) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(fieldShape[code]);

/**
 * The case form's values checked with the domain's rules for the fields, as typed: texts trimmed and empty meaning
 * "not filled in", the number of professionals as text, no bouwteam (the page knows it). Which fields the guideline in
 * force requires is for the API to say.
 */
export const caseFormSchema = z.object({
  ...(Object.fromEntries(textCodes.map((code) => [code, typedText(code)])) as {
    [Code in TextCode]: ReturnType<typeof typedText>;
  }),
  presentingDimensions: fieldShape.presentingDimensions,
  underlyingDimensions: fieldShape.underlyingDimensions,
  lifeDomains: fieldShape.lifeDomains,
  underlyingLifeDomains: fieldShape.underlyingLifeDomains,
  organisationTypesInvolved: fieldShape.organisationTypesInvolved,
  legalFrameworks: fieldShape.legalFrameworks,
  professionalsInvolved: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : Number(value)))
    .pipe(fieldShape.professionalsInvolved),
  caseDirectorOrganisationId: z
    .string()
    .transform((value) => value || undefined)
    .pipe(fieldShape.caseDirectorOrganisationId),
  status: CaseStatusSchema,
});
export type CaseFormValues = z.input<typeof caseFormSchema>;

/** The form's starting point: the case as stored, or an empty one. */
export function caseFormValuesOf(existing: Case | undefined): CaseFormValues {
  return {
    ...(Object.fromEntries(textCodes.map((code) => [code, existing?.[code] ?? ''])) as Record<TextCode, string>),
    ...(Object.fromEntries(
      (Object.keys(listTerms) as ListCode[]).map((code) => [code, [...(existing?.[code] ?? [])]]),
    ) as Record<ListCode, string[]>),
    professionalsInvolved: existing?.professionalsInvolved?.toString() ?? '',
    caseDirectorOrganisationId: existing?.caseDirectorOrganisation?.id ?? '',
    status: existing?.status ?? 'brought-in',
  } as CaseFormValues;
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The fields to send: on a new case what is filled in, on an existing one what differs from it. */
export function changedFields({
  shown,
  values,
  existing,
}: {
  shown: readonly CaseField[];
  values: CaseFormValues;
  existing: Case | undefined;
}): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const code of shown) {
    if (isText(code)) {
      const value = values[code].trim();
      if (existing ? value !== (existing[code] ?? '') : value) body[code] = value;
    } else if (isList(code)) {
      const value = values[code] ?? [];
      if (existing ? !sameMembers(value, existing[code]) : value.length > 0) body[code] = value;
    } else if (code === 'professionalsInvolved') {
      const text = values.professionalsInvolved.trim();
      const value = text === '' ? undefined : Number(text);
      if (value !== undefined && value !== existing?.professionalsInvolved) body.professionalsInvolved = value;
    } else if (code === 'caseDirectorOrganisation') {
      const director = values.caseDirectorOrganisationId;
      if (director && director !== existing?.caseDirectorOrganisation?.id) body.caseDirectorOrganisationId = director;
    }
  }
  if (existing && values.status !== existing.status) body.status = values.status;
  return body;
}
