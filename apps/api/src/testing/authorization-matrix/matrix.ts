import type { OperationId } from '@leerkring/domain';
import { agreementRows } from './agreement-rows.js';
import { caseRows } from './case-rows.js';
import { galaIoRows } from './gala-io-rows.js';
import type { Probe } from './fixtures.js';
import { insightRows } from './insight-rows.js';
import { intervisionRows } from './intervision-rows.js';
import { learningGroupMeetingRows } from './learning-group-meeting-rows.js';
import { learningGroupRows } from './learning-group-rows.js';
import { platformRows } from './platform-rows.js';
import { regionalRows } from './regional-rows.js';

/**
 * Every route of the running app × anonymous, every role, the administrator, and a partner of another tenant, with the
 * status each must get. A route without a row here fails to compile, and fails the test.
 */
export const matrix: Record<OperationId, Probe> = {
  ...platformRows,
  ...caseRows,
  ...agreementRows,
  ...intervisionRows,
  ...regionalRows,
  ...galaIoRows,
  ...insightRows,
  ...learningGroupMeetingRows,
  ...learningGroupRows,
};
