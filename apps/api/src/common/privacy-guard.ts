import { findIdentifiersInFields, identifierKinds, type InvalidParam } from '@leerkring/domain';

/**
 * The privacy guard on the server: every identifier in the given free-text fields as an invalid param naming the
 * field, the kind and where it is — never the text itself, so the answer does not repeat what it refuses.
 */
export function identifierFindings(fields: Readonly<Record<string, string | null | undefined>>): InvalidParam[] {
  return findIdentifiersInFields(fields).map((finding) => ({
    name: `body.${finding.field}`,
    reason: `Bevat ${identifierKinds.find((kind) => kind.code === finding.kind)?.label.nl.toLowerCase() ?? finding.kind} (teken ${finding.start}–${finding.end}).`,
    code: 'identifier',
    kind: finding.kind,
    start: finding.start,
    end: finding.end,
  }));
}
