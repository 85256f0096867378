import { apiVersion, type Health } from '@leerkring/domain';

/** A reachable database of this kind, in this mode. */
export function toHealth({ kind, demo }: { kind: Health['database']['kind']; demo: boolean }): Health {
  return { status: 'ok', database: { kind, reachable: true }, version: apiVersion, demo };
}
