import { addDays, calendarDateAt, daysBetween } from '../common/calendar.js';
import { effectiveVoucherStatus, type VoucherState } from './rules.js';

/** How far ahead the dashboard looks for what falls due. */
export const dashboardHorizonDays = 30;

/**
 * Granted or running vouchers whose expiry date falls within the next `withinDays` days (today included), soonest
 * first, with the days left. Expired vouchers are not in it: they are no longer running.
 */
export function vouchersExpiringSoon<V extends Pick<VoucherState, 'status' | 'expiresOn'>>({
  vouchers,
  now,
  withinDays = dashboardHorizonDays,
}: {
  vouchers: readonly V[];
  now: Date;
  withinDays?: number;
}): { voucher: V; daysLeft: number }[] {
  const today = calendarDateAt(now);
  const horizon = addDays({ date: today, days: withinDays });
  return vouchers
    .filter((voucher) => {
      const status = effectiveVoucherStatus({ voucher, now });
      return (
        (status === 'granted' || status === 'in-progress') && voucher.expiresOn !== null && voucher.expiresOn <= horizon
      );
    })
    .map((voucher) => ({ voucher, daysLeft: daysBetween({ from: today, to: voucher.expiresOn! }) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * Hours used against hours granted over the vouchers that were granted (running, completed, evaluated or expired);
 * requests and rejections grant nothing.
 */
export function voucherHours({
  vouchers,
}: {
  vouchers: readonly Pick<VoucherState, 'status' | 'hoursGranted' | 'hoursUsed'>[];
}): { hoursGranted: number; hoursUsed: number; vouchers: number } {
  const granted = vouchers.filter((voucher) => voucher.status !== 'requested' && voucher.status !== 'rejected');
  return {
    hoursGranted: granted.reduce((sum, voucher) => sum + (voucher.hoursGranted ?? 0), 0),
    hoursUsed: granted.reduce((sum, voucher) => sum + voucher.hoursUsed, 0),
    vouchers: granted.length,
  };
}
