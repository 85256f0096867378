import type { AccessLogEntry } from './schema.js';

/** The hash before the first chained entry. */
export const accessLogGenesisHash = '0'.repeat(64);

/** What an entry's hash covers: every field of the entry, its place in the chain and the hash before it. */
export type ChainedAccessLogEntry = Omit<AccessLogEntry, 'id'> & { id: string; seq: number };

/**
 * The canonical serialization an entry's SHA-256 is taken over: a JSON array in a fixed order, so the same entry always
 * gives the same text whatever the database or driver (times as ISO 8601 in UTC, absent values as null).
 */
export function accessLogChainInput({
  entry,
  previousHash,
}: {
  entry: ChainedAccessLogEntry;
  previousHash: string;
}): string {
  return JSON.stringify([
    previousHash,
    entry.seq,
    entry.id,
    new Date(entry.occurredAt).toISOString(),
    entry.event,
    entry.recordType,
    entry.recordId ?? null,
    entry.recordOwnerId ?? null,
    entry.personId ?? null,
    entry.personName ?? null,
    entry.role,
    entry.organisationId ?? null,
    entry.organisationName ?? null,
    entry.onBehalfOf ?? null,
    entry.purpose,
    entry.result,
    entry.requestId ?? null,
  ]);
}

/** Cuts a text to at most `max` characters (for a log column), marking the cut with an ellipsis. */
export function clampText({ value, max }: { value: string | null | undefined; max: number }): string | null {
  if (value === null || value === undefined) return null;
  const characters = [...value];
  return characters.length <= max ? value : `${characters.slice(0, max - 1).join('')}…`;
}
