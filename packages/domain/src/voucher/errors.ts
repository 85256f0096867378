import type { RuleViolation } from '../common/violation.js';

export const KnowledgeVoucherErrorCode = {
  NOT_FOUND: 'KNOWLEDGE_VOUCHER_NOT_FOUND',
  REGION_NOT_FOUND: 'KNOWLEDGE_VOUCHER_REGION_NOT_FOUND',
  RULE_VIOLATED: 'KNOWLEDGE_VOUCHER_RULE_VIOLATED',
  INVALID_TRANSITION: 'KNOWLEDGE_VOUCHER_INVALID_TRANSITION',
  NETWORK_NOT_IN_REGION: 'KNOWLEDGE_VOUCHER_NETWORK_NOT_IN_REGION',
  ORGANISATION_NOT_FOUND: 'KNOWLEDGE_VOUCHER_ORGANISATION_NOT_FOUND',
  LESSON_NOT_FOUND: 'KNOWLEDGE_VOUCHER_LESSON_NOT_FOUND',
} as const;
export type KnowledgeVoucherErrorCode = (typeof KnowledgeVoucherErrorCode)[keyof typeof KnowledgeVoucherErrorCode];

/** A voucher refused: broken rules travel as violations (422); a transition the state machine refuses is a 409. */
export class KnowledgeVoucherError extends Error {
  constructor(
    readonly code: KnowledgeVoucherErrorCode,
    message: string,
    readonly violations: readonly RuleViolation[] = [],
  ) {
    super(message);
    this.name = 'KnowledgeVoucherError';
  }
}
