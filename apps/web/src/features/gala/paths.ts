/** Where the GALA pages live. */
export const regionDashboardPath = (regionId: string) => `/regio/${regionId}`;
export const planPath = (planId: string) => `/gala-plannen/${planId}`;
export const editPlanPath = (planId: string) => `/gala-plannen/${planId}/wijzigen`;
export const voucherPath = (voucherId: string) => `/kennisvouchers/${voucherId}`;
/** The voucher pages live in features/vouchers, the agreement versions in features/agreements. */
export const reviewPath = (agreementId: string, versionId: string) => `/afspraken/${agreementId}/versies/${versionId}`;
