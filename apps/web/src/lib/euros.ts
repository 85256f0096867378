/** An amount in euro cents as a form shows it to edit: `125050` → `1250,50`; whole euros without decimals. */
export function eurosText(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/**
 * What a person typed as an amount in euros, in cents: `12500`, `12.500`, `12.500,50`, `12500,5`, `€ 12 500` and
 * `12500.50`. Null when it is not an amount.
 */
export function centsOf(text: string): number | null {
  const value = text.replace(/[€\s\u00a0]/g, '');
  // Whole euros, with points between thousands or none; then decimals after a comma, or after a point (12500.50).
  const match = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2})|\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const [, sign, whole = '', commaDecimals, pointDecimals] = match;
  const decimals = commaDecimals ?? pointDecimals ?? '';
  if (pointDecimals !== undefined && whole.includes('.')) return null;
  const cents = Number(whole.replace(/\./g, '')) * 100 + Number(decimals.padEnd(2, '0') || 0);
  return sign ? -cents : cents;
}
