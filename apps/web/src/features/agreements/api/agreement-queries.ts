import {
  getAgreement,
  getAgreementVersion,
  getAgreementVersionDiff,
  listAgreementClauseSources,
  listAgreementConsents,
  listAgreements,
  listAgreementVersions,
  listLearningGroups,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Every query of the agreements starts with this key, so a change can refresh them all at once. */
export const agreementsKeyRoot = ['agreements'] as const;

/** The agreements of a bouwteam or a learning group, with their version in force and latest version. */
export function agreementsQueryOptions(query: {
  buildingTeamId?: string;
  learningGroupId?: string;
  page: number;
  pageSize: number;
}) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'list', query],
    queryFn: ({ signal }) => callApi(listAgreements, { query }, { signal }),
  });
}

/** One agreement: its context, title, scope, decision rule and the summaries of the version in force and the latest. */
export function agreementQueryOptions(agreementId: string) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId],
    queryFn: ({ signal }) => callApi(getAgreement, { params: { agreementId } }, { signal }),
  });
}

/** Every version of an agreement. */
export function agreementVersionsQueryOptions(agreementId: string) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId, 'versions'],
    queryFn: ({ signal }) => callApi(listAgreementVersions, { params: { agreementId } }, { signal }),
  });
}

/** One version with its clauses, changelog and revision (its ETag is `"<revision>"`). */
export function agreementVersionQueryOptions(agreementId: string, versionId: string) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId, 'versions', versionId],
    queryFn: ({ signal }) => callApi(getAgreementVersion, { params: { agreementId, versionId } }, { signal }),
  });
}

/** What changed from `against` (the older version) to `versionId`, clause by clause and word by word. */
export function agreementDiffQueryOptions({
  agreementId,
  versionId,
  against,
}: {
  agreementId: string;
  versionId: string;
  against: string;
}) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId, 'versions', versionId, 'diff', against],
    queryFn: ({ signal }) =>
      callApi(getAgreementVersionDiff, { params: { agreementId, versionId }, query: { against } }, { signal }),
  });
}

/** The consent round of a version: the tally and every stance. */
export function agreementConsentsQueryOptions(agreementId: string, versionId: string) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId, 'versions', versionId, 'consents'],
    queryFn: ({ signal }) => callApi(listAgreementConsents, { params: { agreementId, versionId } }, { signal }),
  });
}

/** The clauses that came from a lesson, or from the lessons about a case (the leerlijn backwards). */
export function clauseSourcesQueryOptions(query: { lessonId: string } | { caseId: string }) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'clause-sources', query],
    queryFn: ({ signal }) =>
      callApi(listAgreementClauseSources, { query: { ...query, page: 1, pageSize: 100 } }, { signal }),
  });
}

/** The learning groups the caller may see (the first 100). */
export function learningGroupsQueryOptions() {
  return queryOptions({
    queryKey: ['learning-groups', 'list'],
    queryFn: ({ signal }) => callApi(listLearningGroups, { query: { page: 1, pageSize: 100 } }, { signal }),
    staleTime: 60_000,
  });
}
