import {
  IntervisionError,
  IntervisionErrorCode,
  type Permission,
  type SessionProgress,
  type SessionRole,
} from '@leerkring/domain';
import { identifierGuard } from '../common/privacy-guard.js';
import type { IntervisionSessionEntity } from './intervision-session.entity.js';

export const teamContext = (buildingTeamId: string) => ({ type: 'building-team' as const, id: buildingTeamId });
export const groupContext = (learningGroupId: string) => ({ type: 'learning-group' as const, id: learningGroupId });
export type SessionContextRef = ReturnType<typeof teamContext> | ReturnType<typeof groupContext>;

/** The bouwteam or learning group a session belongs to (exactly one is set, a CHECK constraint holds it). */
export function contextOf(
  session: Pick<IntervisionSessionEntity, 'buildingTeamId' | 'learningGroupId'>,
): SessionContextRef {
  if (session.buildingTeamId !== null) return teamContext(session.buildingTeamId);
  if (session.learningGroupId !== null) return groupContext(session.learningGroupId);
  throw new Error('A session belongs to a bouwteam or a learning group.');
}

/** Who plans the sessions of a context and manages their actions: a bouwteam's partners and facilitators, a group's coordinator. */
export const planPermission = (context: SessionContextRef): Permission =>
  context.type === 'building-team' ? 'session:write' : 'group-session:write';

/** The roles in a context that may guide a session there. */
export const facilitatingRoles = (context: SessionContextRef): readonly string[] =>
  context.type === 'building-team' ? ['partner', 'facilitator'] : ['coordinator', 'partner', 'facilitator'];

const refusals: Record<string, { code: IntervisionErrorCode; message: string }> = {
  'only-facilitator': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de facilitator van deze sessie leidt de fasen.',
  },
  'not-a-participant': { code: IntervisionErrorCode.SESSION_ROLE, message: 'Je neemt niet deel aan deze sessie.' },
  'inbrenger-listens': { code: IntervisionErrorCode.SESSION_ROLE, message: 'In deze fase luistert de inbrenger.' },
  'only-note-taker': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de notulist van deze sessie maakt fase-aantekeningen.',
  },
  'only-facilitator-or-note-taker': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de facilitator of de notulist legt acties vast.',
  },
  'not-planned': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie is al begonnen.' },
  'not-running': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie loopt niet.' },
  'not-started': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie is nog niet begonnen.' },
  'no-next-phase': { code: IntervisionErrorCode.SESSION_STATE, message: 'Dit is de laatste fase; beëindig de sessie.' },
  'no-previous-phase': { code: IntervisionErrorCode.SESSION_STATE, message: 'Dit is de eerste fase.' },
  'nothing-to-reveal': { code: IntervisionErrorCode.SESSION_STATE, message: 'In deze fase is niets te onthullen.' },
  'already-revealed': { code: IntervisionErrorCode.SESSION_STATE, message: 'De inbreng van deze fase is al onthuld.' },
};

export function refuse(reason: string, field: string): never {
  const refusal = refusals[reason] ?? { code: IntervisionErrorCode.SESSION_STATE, message: reason };
  throw new IntervisionError(refusal.code, refusal.message, [{ name: field, reason: refusal.message, code: reason }]);
}

export function invalidReference(field: string, reason: string): never {
  throw new IntervisionError(IntervisionErrorCode.INVALID_REFERENCE, reason, [
    { name: field, reason, code: 'invalid_reference' },
  ]);
}

/** Free text never names a person: refused with the field, kind and offsets of what was found; nothing is stored. */
export const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new IntervisionError(
      IntervisionErrorCode.IDENTIFIER_FOUND,
      'Intervisie gaat over situaties, nooit over personen: haal de gemarkeerde gegevens weg.',
      findings,
    ),
);

export function rolesOf(session: IntervisionSessionEntity, personId: string): SessionRole[] {
  const roles: SessionRole[] = [];
  if (session.inbrengerId === personId) roles.push('inbrenger');
  if (session.facilitatorId === personId) roles.push('facilitator');
  if (session.noteTakerId === personId) roles.push('note-taker');
  if (session.participantIds.includes(personId)) roles.push('participant');
  return roles;
}

export const progressOf = (session: IntervisionSessionEntity): SessionProgress => ({
  ...session.progress,
  status: session.status,
});
