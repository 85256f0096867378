/* The contract of knowledge vouchers. */
import { defineOperation } from '../api/operation.js';
import {
  KnowledgeVoucherCreateSchema,
  KnowledgeVoucherEvaluationCreateSchema,
  KnowledgeVoucherIdParamsSchema,
  KnowledgeVoucherListQuerySchema,
  KnowledgeVoucherPageSchema,
  KnowledgeVoucherSchema,
  KnowledgeVoucherTransitionSchema,
  VoucherNetworkListSchema,
  VoucherRegionParamsSchema,
} from './schema.js';

const tag = 'Knowledge vouchers';
const purpose = 'Kennisvouchers van de regionale netwerken bijhouden';

export const listKnowledgeVouchers = defineOperation({
  operationId: 'listKnowledgeVouchers',
  method: 'GET',
  path: '/knowledge-vouchers',
  summary: 'List knowledge vouchers',
  description:
    "Vouchers of the caller's regions (as coordinator) and of their own networks (as partner), with their status as of now.",
  tag,
  query: KnowledgeVoucherListQuerySchema,
  success: { status: 200, description: 'A page of vouchers.', schema: KnowledgeVoucherPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'voucher:read' },
  purpose,
});

export const getKnowledgeVoucher = defineOperation({
  operationId: 'getKnowledgeVoucher',
  method: 'GET',
  path: '/knowledge-vouchers/{voucherId}',
  summary: 'Get a knowledge voucher',
  tag,
  params: KnowledgeVoucherIdParamsSchema,
  success: { status: 200, description: 'The voucher.', schema: KnowledgeVoucherSchema },
  errors: [401, 403, 404],
  access: { permission: 'voucher:read' },
  purpose,
});

export const createKnowledgeVoucher = defineOperation({
  operationId: 'createKnowledgeVoucher',
  method: 'POST',
  path: '/knowledge-vouchers',
  summary: 'Request a knowledge voucher',
  description: 'A request of a network of the region. Free text passes the privacy guard (422).',
  tag,
  body: KnowledgeVoucherCreateSchema,
  success: { status: 201, description: 'The voucher as stored.', schema: KnowledgeVoucherSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'voucher:write' },
  purpose,
});

export const listVoucherNetworks = defineOperation({
  operationId: 'listVoucherNetworks',
  method: 'GET',
  path: '/regions/{regionId}/voucher-networks',
  summary: "List a region's networks that may ask for a knowledge voucher",
  description:
    "The bouwteams of the region's municipalities, to pick the network a new request is for. For the region's " +
    'coordinators, who request vouchers; anyone else gets 404 for the region.',
  tag,
  params: VoucherRegionParamsSchema,
  success: { status: 200, description: 'The networks of the region.', schema: VoucherNetworkListSchema },
  errors: [401, 403, 404],
  access: { permission: 'voucher:write' },
  purpose,
});

export const transitionKnowledgeVoucher = defineOperation({
  operationId: 'transitionKnowledgeVoucher',
  method: 'POST',
  path: '/knowledge-vouchers/{voucherId}/transitions',
  summary: 'Move a knowledge voucher to its next status',
  description:
    'Grant or reject a request, start a granted voucher (or record the hours used so far), complete it. A step the ' +
    'state machine does not allow from the status as of now (an expired voucher takes none) answers 409; used hours ' +
    'or money above what was granted answer 422.',
  tag,
  params: KnowledgeVoucherIdParamsSchema,
  body: KnowledgeVoucherTransitionSchema,
  success: { status: 200, description: 'The voucher as stored.', schema: KnowledgeVoucherSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'voucher:write' },
  purpose,
});

export const evaluateKnowledgeVoucher = defineOperation({
  operationId: 'evaluateKnowledgeVoucher',
  method: 'POST',
  path: '/knowledge-vouchers/{voucherId}/evaluation',
  summary: 'Evaluate a completed knowledge voucher',
  description:
    'What it brought, a score of 1–5 and the lessons (existing lessons of the learning cycle) that came from it. The ' +
    "network's partners may write it. Only a completed voucher, once (409).",
  tag,
  params: KnowledgeVoucherIdParamsSchema,
  body: KnowledgeVoucherEvaluationCreateSchema,
  success: { status: 200, description: 'The evaluated voucher.', schema: KnowledgeVoucherSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'voucher:evaluate' },
  purpose,
});

/** The voucher operations, spread into the API's operation list. */
export const knowledgeVoucherOperations = {
  listKnowledgeVouchers,
  getKnowledgeVoucher,
  createKnowledgeVoucher,
  transitionKnowledgeVoucher,
  evaluateKnowledgeVoucher,
  listVoucherNetworks,
};
