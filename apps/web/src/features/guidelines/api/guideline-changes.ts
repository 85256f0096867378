import { createRegistrationGuideline, updateRegistrationGuideline } from '@leerkring/domain';
import { callApi } from '../../../lib/api-client';
import type { GuidelineCreateBody } from '../guideline-draft';

/** A new version; a concept, or in force at once (superseding the one in force) when the body says so. */
export function writeGuidelineVersion(body: GuidelineCreateBody) {
  return callApi(createRegistrationGuideline, { body });
}

/** Puts a concept in force; the API supersedes the version in force in the same step (409 when it is no concept). */
export function putGuidelineInForce(guidelineId: string) {
  return callApi(updateRegistrationGuideline, { params: { guidelineId }, body: { status: 'in-force' } });
}
