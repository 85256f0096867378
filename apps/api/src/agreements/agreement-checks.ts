import {
  AgreementError,
  AgreementErrorCode,
  canTransition,
  type AgreementVersionStatus,
  type Clause,
} from '@leerkring/domain';
import { identifierGuard } from '../common/privacy-guard.js';

export const agreementNotFound = () => new AgreementError(AgreementErrorCode.NOT_FOUND, 'Deze afspraak bestaat niet.');
export const versionNotFound = () =>
  new AgreementError(AgreementErrorCode.VERSION_NOT_FOUND, 'Deze versie van de afspraak bestaat niet.');

export function assertTransition(from: AgreementVersionStatus, to: AgreementVersionStatus): void {
  if (!canTransition({ from, to })) {
    throw new AgreementError(
      AgreementErrorCode.INVALID_TRANSITION,
      `Een versie met status ${from} kan niet naar ${to}.`,
    );
  }
}

export function clauseFields(clauses: readonly Clause[]): Record<string, string> {
  return Object.fromEntries(
    clauses.flatMap((clause, index) => [
      [`clauses.${index}.title`, clause.title],
      [`clauses.${index}.text`, clause.text],
    ]),
  );
}

export const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new AgreementError(
      AgreementErrorCode.IDENTIFIER_FOUND,
      'Een afspraak gaat over samenwerking, nooit over een persoon.',
      findings,
    ),
);

export const shortened = (text: string, length = 90) =>
  text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;

/** A readable id for a new clause, from its title, unique among the clauses. */
export function newClauseId(title: string, clauses: readonly Clause[]): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'artikel';
  const taken = new Set(clauses.map((item) => item.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
