import { can, type Principal } from '../access/policy.js';
import type { MethodPhase, SessionRole, SessionStatus } from './schema.js';

/** Where a session is: its status, the current phase and when each phase was entered and left. */
export interface SessionProgress {
  readonly status: SessionStatus;
  readonly currentPhase: number | null;
  /** One visit per time a phase was entered; going back makes a new visit of the earlier phase. */
  readonly visits: readonly { readonly phase: number; readonly enteredAt: string; readonly leftAt: string | null }[];
  /** Phases whose private inputs the facilitator revealed. */
  readonly revealedPhases: readonly number[];
}

export type SessionCommand = 'start' | 'advance' | 'back' | 'end' | 'reveal';

export type SessionRefusal =
  | 'only-facilitator'
  | 'not-planned'
  | 'not-running'
  | 'no-next-phase'
  | 'no-previous-phase'
  | 'nothing-to-reveal'
  | 'already-revealed';

export const plannedSession: SessionProgress = {
  status: 'planned',
  currentPhase: null,
  visits: [],
  revealedPhases: [],
};

/**
 * The phase machine of an intervision session. Only the facilitator starts, advances, goes back, reveals or ends;
 * time boxes are shown, never enforced.
 */
export function applySessionCommand({
  progress,
  command,
  roles,
  phases,
  now,
}: {
  progress: SessionProgress;
  command: SessionCommand;
  roles: readonly SessionRole[];
  phases: readonly MethodPhase[];
  now: string;
}): { ok: true; progress: SessionProgress } | { ok: false; reason: SessionRefusal } {
  if (!roles.includes('facilitator')) return { ok: false, reason: 'only-facilitator' };
  const leave = (visits: SessionProgress['visits']) =>
    visits.map((visit) => (visit.leftAt === null ? { ...visit, leftAt: now } : visit));
  const enter = (phase: number) => ({
    ...progress,
    currentPhase: phase,
    visits: [...leave(progress.visits), { phase, enteredAt: now, leftAt: null }],
  });
  switch (command) {
    case 'start':
      if (progress.status !== 'planned') return { ok: false, reason: 'not-planned' };
      return { ok: true, progress: { ...enter(0), status: 'running' } };
    case 'advance':
      if (progress.status !== 'running' || progress.currentPhase === null) return { ok: false, reason: 'not-running' };
      if (progress.currentPhase + 1 >= phases.length) return { ok: false, reason: 'no-next-phase' };
      return { ok: true, progress: enter(progress.currentPhase + 1) };
    case 'back':
      if (progress.status !== 'running' || progress.currentPhase === null) return { ok: false, reason: 'not-running' };
      if (progress.currentPhase === 0) return { ok: false, reason: 'no-previous-phase' };
      return { ok: true, progress: enter(progress.currentPhase - 1) };
    case 'reveal': {
      if (progress.status !== 'running' || progress.currentPhase === null) return { ok: false, reason: 'not-running' };
      if (phases[progress.currentPhase]?.inputMode !== 'private-then-reveal')
        return { ok: false, reason: 'nothing-to-reveal' };
      if (progress.revealedPhases.includes(progress.currentPhase)) return { ok: false, reason: 'already-revealed' };
      return {
        ok: true,
        progress: { ...progress, revealedPhases: [...progress.revealedPhases, progress.currentPhase] },
      };
    }
    case 'end':
      if (progress.status !== 'running') return { ok: false, reason: 'not-running' };
      return {
        ok: true,
        progress: { ...progress, status: 'ended', currentPhase: null, visits: leave(progress.visits) },
      };
  }
}

/** Time spent in a phase over all its visits, against its time box; overtime is shown, never enforced. */
export function phaseTiming({
  progress,
  phases,
  phase,
  now,
}: {
  progress: SessionProgress;
  phases: readonly MethodPhase[];
  phase: number;
  now: string;
}) {
  const spentSeconds = progress.visits
    .filter((visit) => visit.phase === phase)
    .reduce((total, visit) => total + (Date.parse(visit.leftAt ?? now) - Date.parse(visit.enteredAt)) / 1000, 0);
  const timeboxSeconds = (phases[phase]?.timeboxMinutes ?? 0) * 60;
  return {
    spentSeconds: Math.round(spentSeconds),
    timeboxSeconds,
    overtimeSeconds: Math.max(0, Math.round(spentSeconds - timeboxSeconds)),
  };
}

/** Whether a person with these session roles may post an input in the current phase. */
export function mayPostInput({
  progress,
  phases,
  roles,
}: {
  progress: SessionProgress;
  phases: readonly MethodPhase[];
  roles: readonly SessionRole[];
}):
  { ok: true } | { ok: false; reason: 'not-running' | 'inbrenger-listens' | 'not-a-participant' | 'already-revealed' } {
  if (progress.status !== 'running' || progress.currentPhase === null) return { ok: false, reason: 'not-running' };
  if (roles.length === 0) return { ok: false, reason: 'not-a-participant' };
  const mode = phases[progress.currentPhase]?.inputMode;
  if (mode === 'inbrenger-listens' && roles.includes('inbrenger')) return { ok: false, reason: 'inbrenger-listens' };
  if (mode === 'private-then-reveal' && progress.revealedPhases.includes(progress.currentPhase))
    return { ok: false, reason: 'already-revealed' };
  return { ok: true };
}

/**
 * The inputs a viewer may see: in a private-then-reveal phase only their own until the reveal — the facilitator
 * included — then everyone's at once.
 */
export function visibleInputs<Input extends { phase: number; authorId: string }>({
  inputs,
  phases,
  progress,
  viewerId,
}: {
  inputs: readonly Input[];
  phases: readonly MethodPhase[];
  progress: SessionProgress;
  viewerId: string;
}): Input[] {
  return inputs.filter(
    (input) =>
      phases[input.phase]?.inputMode !== 'private-then-reveal' ||
      progress.revealedPhases.includes(input.phase) ||
      input.authorId === viewerId,
  );
}

/**
 * Whether a reader of a session sees its texts — inputs, notes, actions and the titles of its cases: a participant of
 * the session (any role in it) does, and so does whoever holds `session:read-texts` in its bouwteam; a manager who only
 * looks on does not. A learning group's meeting discusses no cases, so every member of the group who reads the session
 * sees its texts. Deny by default.
 */
export function maySeeSessionTexts({
  principal,
  context,
  sessionRoles,
}: {
  principal: Principal | null;
  context: { type: 'building-team' | 'learning-group'; id: string };
  sessionRoles: readonly SessionRole[];
}): boolean {
  if (!principal) return false;
  if (sessionRoles.length > 0) return true;
  if (context.type === 'learning-group') return can({ principal, permission: 'session:read', context });
  return can({ principal, permission: 'session:read-texts', context });
}
