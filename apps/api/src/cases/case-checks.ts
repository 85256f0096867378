import {
  CaseError,
  CaseErrorCode,
  guidelineViolations,
  type CaseField,
  type CaseFields,
  type GuidelineClause,
} from '@leerkring/domain';
import { identifierFindings } from '../common/privacy-guard.js';

const freeTextFields = [
  'title',
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'ageGroup',
  'diagnosis',
  'familyMembers',
] as const;

/** The guideline speaks of fields; the request names the case director's organisation by id. */
function asGuidelineValues(fields: CaseFields): Partial<Record<CaseField, unknown>> {
  const { caseDirectorOrganisationId, ...rest } = fields;
  return {
    ...rest,
    ...(caseDirectorOrganisationId !== undefined ? { caseDirectorOrganisation: caseDirectorOrganisationId } : {}),
  };
}

/**
 * Refuses a case that names a person (privacy guard) or goes against the guideline in force; nothing is stored then.
 * Every refused field is named, with the kind and offsets of an identifier or the clause of the guideline.
 */
export function assertCaseAcceptable({
  fields,
  clauses,
  partial,
}: {
  fields: CaseFields;
  clauses: readonly GuidelineClause[];
  partial: boolean;
}): void {
  const findings = identifierFindings(Object.fromEntries(freeTextFields.map((field) => [field, fields[field]])));
  if (findings.length > 0) {
    throw new CaseError(
      CaseErrorCode.IDENTIFIER_FOUND,
      'Een casus gaat over een situatie, nooit over een persoon: haal de gemarkeerde gegevens weg.',
      findings,
    );
  }
  const violations = guidelineViolations({ clauses, values: asGuidelineValues(fields), partial });
  if (violations.length > 0) {
    const notRecorded = violations.some((violation) => violation.kind === 'not-recorded');
    throw new CaseError(
      notRecorded ? CaseErrorCode.FIELD_NOT_RECORDED : CaseErrorCode.FIELD_REQUIRED,
      notRecorded
        ? 'De registratierichtlijn van dit bouwteam legt deze gegevens niet vast.'
        : 'De registratierichtlijn vraagt om meer gegevens.',
      violations.map((violation) => ({
        name: `body.${violation.field === 'caseDirectorOrganisation' ? 'caseDirectorOrganisationId' : violation.field}`,
        reason:
          violation.kind === 'not-recorded'
            ? `Wordt niet geregistreerd: ${violation.clause.purpose.nl}`
            : `Verplicht volgens de richtlijn: ${violation.clause.purpose.nl}`,
        code: violation.kind,
      })),
    );
  }
}
