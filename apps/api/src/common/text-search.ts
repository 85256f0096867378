import { searchTerms } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';

/**
 * The database's own text search, built from the words of a search only (see `searchTerms`): no character of the
 * input reaches a query language. PostgreSQL: `to_tsquery` with the `dutch` configuration, every word stemmed and
 * matched as a prefix (`vervoer:*`; the Dutch stemmer alone does not make "vervoer" find "vervoersproblemen").
 * SQLite: an FTS5 MATCH expression of quoted prefix terms.
 */
export function tsQueryOf(text: string): string {
  return searchTerms(text)
    .map((term) => `${term}:*`)
    .join(' & ');
}

/** An FTS5 MATCH expression: every term a quoted prefix (`"vervoer"*`), all required, in `column` when given. */
export function ftsMatchOf(text: string, column?: string): string {
  const terms = searchTerms(text)
    .map((term) => `"${term}"*`)
    .join(' AND ');
  return column ? `${column} : (${terms})` : terms;
}

export const isPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

/** Start and end of a match in a highlighted fragment; characters the privacy guard keeps out of every text. */
export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';

/** A fragment with marked matches → runs of text, each saying whether it matched. */
export function highlightSegments(fragment: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  for (const [index, part] of fragment.split(new RegExp(`[${highlightStart}${highlightEnd}]`)).entries()) {
    if (part) segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}
