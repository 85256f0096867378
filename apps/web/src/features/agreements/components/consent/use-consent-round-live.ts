import { ConsentRoundSchema, fillPath, getAgreementConsentEvents } from '@leerkring/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiPrefix } from '../../../../lib/api-client';
import { agreementConsentsQueryOptions, agreementsKeyRoot } from '../../api/agreement-queries';

export const consentPollingMilliseconds = 5_000;
export type LiveMode = 'live' | 'polling' | 'off';

/**
 * The consent round of a version, followed live while it is open: every server-sent `round` event carries the round
 * as the caller may see it and replaces the cached one. When the stream cannot be opened or breaks, the query polls
 * instead, so a failing stream never breaks the page. A closed round is not followed.
 */
export function useLiveConsentRound({ agreementId, versionId }: { agreementId: string; versionId: string }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<LiveMode>('off');
  const query = useQuery({
    ...agreementConsentsQueryOptions(agreementId, versionId),
    refetchInterval: mode === 'polling' ? consentPollingMilliseconds : false,
  });
  const open = query.data?.open ?? false;

  useEffect(() => {
    if (!open) {
      setMode('off');
      return;
    }
    if (typeof EventSource === 'undefined') {
      setMode('polling');
      return;
    }
    const { queryKey } = agreementConsentsQueryOptions(agreementId, versionId);
    const source = new EventSource(
      `${apiPrefix}${fillPath({ path: getAgreementConsentEvents.path, params: { agreementId, versionId } })}`,
      {
        withCredentials: true,
      },
    );
    source.addEventListener('open', () => setMode('live'));
    source.addEventListener('round', (event) => {
      let data: unknown;
      try {
        data = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      const parsed = ConsentRoundSchema.safeParse(data);
      if (!parsed.success) return;
      const before = queryClient.getQueryData(queryKey);
      queryClient.setQueryData(queryKey, parsed.data);
      setMode('live');
      // The round closed (a version put in force, taken back): the version and the agreement changed too.
      if (before && before.open !== parsed.data.open)
        void queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
    });
    source.addEventListener('error', () => {
      // No endless reconnecting: poll instead.
      source.close();
      setMode('polling');
    });
    return () => source.close();
  }, [open, agreementId, versionId, queryClient]);

  return { query, mode };
}
