import {
  AuthError,
  AuthErrorCode,
  canOnVoucher,
  KnowledgeVoucherError,
  KnowledgeVoucherErrorCode,
  type Principal,
} from '@leerkring/domain';

export const voucherNotFound = () =>
  new KnowledgeVoucherError(KnowledgeVoucherErrorCode.NOT_FOUND, 'Deze kennisvoucher bestaat niet.');

/**
 * The two questions of every voucher: may the caller see it (its region's coordinator, its network's partners), else
 * it does not exist for them (404); and may they do this (else 403, since they know it exists).
 */
export function requireVoucherAccess({
  principal,
  voucher,
  act,
}: {
  principal: Principal;
  voucher: { regionId: string; networkId: string };
  act?: 'voucher:write' | 'voucher:evaluate';
}): void {
  if (!canOnVoucher({ principal, permission: 'voucher:read', voucher })) throw voucherNotFound();
  if (act && !canOnVoucher({ principal, permission: act, voucher }))
    throw new AuthError(AuthErrorCode.FORBIDDEN, 'Je rol staat dit bij deze kennisvoucher niet toe.');
}
