import {
  getKnowledgeVoucher,
  listKnowledgeVouchers,
  listVoucherNetworks,
  type KnowledgeVoucherListQuery,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const vouchersKeyRoot = ['knowledge-vouchers'] as const;

export type VouchersQuery = Partial<Omit<KnowledgeVoucherListQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

/** One page of the vouchers the person may see, by status as of now. */
export function vouchersQueryOptions(query: VouchersQuery) {
  return queryOptions({
    queryKey: [...vouchersKeyRoot, 'list', query],
    queryFn: ({ signal }) => callApi(listKnowledgeVouchers, { query }, { signal }),
  });
}

/** One voucher, with its status as of now. */
export function voucherQueryOptions(voucherId: string) {
  return queryOptions({
    queryKey: [...vouchersKeyRoot, 'one', voucherId],
    queryFn: ({ signal }) => callApi(getKnowledgeVoucher, { params: { voucherId } }, { signal }),
  });
}

/** The networks (bouwteams of the region's municipalities) a coordinator can request a voucher for. */
export function voucherNetworksQueryOptions(regionId: string) {
  return queryOptions({
    queryKey: [...vouchersKeyRoot, 'networks', regionId],
    queryFn: ({ signal }) => callApi(listVoucherNetworks, { params: { regionId } }, { signal }),
  });
}
