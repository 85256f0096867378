/** A 422 problem+json answer refusing one field of the body, as the API words it. */
export function refusal(field: string, reason: string) {
  return {
    status: 422,
    contentType: 'application/problem+json',
    body: {
      type: 'about:blank',
      title: 'Niet opgeslagen',
      status: 422,
      detail: 'Een veld klopt niet.',
      invalidParams: [{ name: `body.${field}`, code: 'custom', reason }],
    },
  };
}

/** The error text shown at a field (its `<id>-error`), or undefined. */
export const errorAt = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? undefined;

/** A 400 problem+json answer refusing one query parameter of a list, as the API words it. */
export function queryRefusal(parameter: string, reason: string, status = 400) {
  return {
    status,
    contentType: 'application/problem+json',
    body: {
      type: 'about:blank',
      title: 'Ongeldige invoer',
      status,
      detail: 'Een filter klopt niet.',
      invalidParams: [{ name: `query.${parameter}`, code: 'custom', reason }],
    },
  };
}
