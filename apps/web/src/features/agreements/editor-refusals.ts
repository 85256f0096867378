import type { InvalidParam } from '@leerkring/domain';
import { isApiProblem } from '../../lib/api-client';
import { findingOf, type Finding } from '../../components/IdentifierFindings';
import type { Draft } from './draft';
import { changelogId, textId, titleId } from './version-editor';

export interface Refusals {
  reasons: Record<string, string>;
  findings: Record<string, Finding[]>;
  unplaced: InvalidParam[];
}

/** Per field id, the API's reasons and identifier findings, placed at the clause they were sent for. */
export function refusalsOf(error: unknown, submitted: Draft | null): Refusals {
  const reasons: Record<string, string> = {};
  const findings: Record<string, Finding[]> = {};
  const unplaced: InvalidParam[] = [];
  if (!isApiProblem(error) || error.status === 412) return { reasons, findings, unplaced };
  for (const param of error.problem.invalidParams ?? []) {
    const match = /^body\.(?:clauses\.(\d+)\.(title|text)|(changelog))$/.exec(param.name);
    const clause = match?.[1] !== undefined ? submitted?.clauses[Number(match[1])] : undefined;
    const field = match?.[3]
      ? changelogId
      : clause
        ? match?.[2] === 'title'
          ? titleId(clause.id)
          : textId(clause.id)
        : undefined;
    if (!field) {
      unplaced.push(param);
      continue;
    }
    const finding = findingOf(param);
    if (finding) {
      (findings[field] ??= []).push(finding);
    } else {
      reasons[field] ??= param.reason;
    }
  }
  return { reasons, findings, unplaced };
}

/** The text of a field as it was sent, to know whether the API's positions still point at it. */
export function submittedText(submitted: Draft | null, field: string): string | undefined {
  if (!submitted) return undefined;
  if (field === changelogId) return submitted.changelog;
  for (const clause of submitted.clauses) {
    if (field === titleId(clause.id)) return clause.title;
    if (field === textId(clause.id)) return clause.text;
  }
  return undefined;
}
