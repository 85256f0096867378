import type { OperationId } from '@leerkring/domain';
import { signedIn, type Probe } from './fixtures.js';

/**
 * The rows of aggregated insight and its exports: every signed-in role reads insight into the bouwteams it may see
 * (another tenant's partner their own, so 200 too); the administrator reads no case data.
 */
export const insightRows = {
  getInsight: { params: () => ({ insight: 'question-shifts' }), expect: { ...signedIn(200), admin: 403 } },
  exportInsightXlsx: { params: () => ({ insight: 'question-shifts' }), expect: { ...signedIn(200), admin: 403 } },
  exportInsightCsv: { params: () => ({ insight: 'legal-frameworks' }), expect: { ...signedIn(200), admin: 403 } },
} satisfies Partial<Record<OperationId, Probe>>;
