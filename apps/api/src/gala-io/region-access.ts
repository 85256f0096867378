import { GalaSpreadsheetError, GalaSpreadsheetErrorCode } from '@leerkring/domain';
import type { Actor } from '../auth/principal.js';
import { requireContextAccess } from '../common/team-access.js';

export const regionNotFound = () =>
  new GalaSpreadsheetError(
    GalaSpreadsheetErrorCode.REGION_NOT_FOUND,
    'Deze regio bestaat niet, of je coördineert haar niet.',
  );

/** The region's plans are its coordinator's: anyone else gets 404 (another region) or 403 (no right to change). */
export function requireRegion(actor: Actor, regionId: string, act?: 'gala-plan:write'): void {
  requireContextAccess({
    principal: actor.principal,
    context: { type: 'region', id: regionId },
    read: 'gala-plan:read',
    ...(act ? { act } : {}),
    notFound: regionNotFound,
  });
}
