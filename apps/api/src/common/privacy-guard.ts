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

/**
 * The one check that free text names no person, for every feature: the guard throws the feature's own error, made by
 * `refuse` from the findings, when any field holds an identifier; nothing is stored.
 */
export function identifierGuard(
  refuse: (findings: InvalidParam[]) => Error,
): (fields: Readonly<Record<string, string | null | undefined>>) => void {
  return (fields) => {
    const findings = identifierFindings(fields);
    if (findings.length > 0) throw refuse(findings);
  };
}
