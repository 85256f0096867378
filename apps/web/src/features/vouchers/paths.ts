export const vouchersPath = '/kennisvouchers';
export const newVoucherPath = '/kennisvouchers/nieuw';
export const voucherPath = (voucherId: string) => `/kennisvouchers/${voucherId}`;
