import { describe, expect, it } from 'vitest';
import { voucherHours, vouchersExpiringSoon, type StoredVoucherStatus } from '../index.js';

const now = new Date('2025-06-15T10:00:00Z');
const voucher = (
  id: string,
  status: StoredVoucherStatus,
  expiresOn: string | null,
  hours: [number | null, number] = [null, 0],
) => ({
  id,
  status,
  expiresOn,
  hoursGranted: hours[0],
  hoursUsed: hours[1],
});

describe('the voucher dashboard', () => {
  const vouchers = [
    voucher('today', 'granted', '2025-06-15', [10, 0]),
    voucher('in-30-days', 'in-progress', '2025-07-15', [16, 8]),
    voucher('in-31-days', 'granted', '2025-07-16', [8, 0]),
    voucher('expired-yesterday', 'in-progress', '2025-06-14', [12, 12]),
    voucher('completed', 'completed', '2025-06-20', [20, 18]),
    voucher('requested', 'requested', null),
    voucher('rejected', 'rejected', null),
  ];

  it('lists running vouchers expiring within 30 days, soonest first, with the days left', () => {
    expect(vouchersExpiringSoon({ vouchers, now }).map(({ voucher, daysLeft }) => `${voucher.id} ${daysLeft}`)).toEqual(
      ['today 0', 'in-30-days 30'],
    );
    expect(vouchersExpiringSoon({ vouchers, now, withinDays: 31 })).toHaveLength(3);
  });

  it('sums hours used against granted over the granted vouchers', () => {
    expect(voucherHours({ vouchers })).toEqual({ hoursGranted: 66, hoursUsed: 38, vouchers: 5 });
    expect(voucherHours({ vouchers: [] })).toEqual({ hoursGranted: 0, hoursUsed: 0, vouchers: 0 });
  });
});
