import {
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
import { isApiProblem } from '../../lib/api-client';
import { findingOf, type Finding } from '../../components/IdentifierFindings';

export type TextCode =
  'title' | 'narrative' | 'presentingQuestion' | 'underlyingQuestion' | 'ageGroup' | 'diagnosis' | 'familyMembers';
export type ListCode =
  'presentingDimensions' | 'underlyingDimensions' | 'lifeDomains' | 'organisationTypesInvolved' | 'legalFrameworks';

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

export function initialTexts(existing: Case | undefined): Record<TextCode, string> {
  return Object.fromEntries(textCodes.map((code) => [code, existing?.[code] ?? ''])) as Record<TextCode, string>;
}

export function initialLists(existing: Case | undefined): Record<ListCode, string[]> {
  return Object.fromEntries(
    (Object.keys(listTerms) as ListCode[]).map((code) => [code, [...(existing?.[code] ?? [])]]),
  ) as Record<ListCode, string[]>;
}

/** The fields to send: on a new case what is filled in, on an existing one what differs from it. */
export function changedFields({
  shown,
  texts,
  lists,
  professionals,
  director,
  existing,
}: {
  shown: readonly CaseField[];
  texts: Record<TextCode, string>;
  lists: Record<ListCode, string[]>;
  professionals: string;
  director: string;
  existing: Case | undefined;
}): Record<string, unknown> {
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
      if (director && director !== existing?.caseDirectorOrganisation?.id) body.caseDirectorOrganisationId = director;
    }
  }
  return body;
}
