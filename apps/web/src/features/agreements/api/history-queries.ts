import { getAgreementVersionHistory } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { agreementsKeyRoot } from './agreement-queries';

/** Who changed what of a version and when: every edit (with the clauses it touched) and every status change, oldest first. */
export function agreementVersionHistoryQueryOptions({
  agreementId,
  versionId,
}: {
  agreementId: string;
  versionId: string;
}) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'one', agreementId, 'versions', versionId, 'history'],
    queryFn: ({ signal }) => callApi(getAgreementVersionHistory, { params: { agreementId, versionId } }, { signal }),
  });
}
