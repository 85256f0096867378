/** At most this many words of a search are used; more make the query slower, not better. */
export const maxSearchTerms = 8;

/**
 * The words of a search as both databases' text search take them: lower case, letters and digits only (every operator
 * or quote of a query language is dropped, so no input can change the query's meaning), each matched as a word or the
 * start of one, all of them required.
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxSearchTerms);
}
