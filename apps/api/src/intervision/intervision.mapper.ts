import {
  neutralCaseLabel,
  phaseTiming,
  type IntervisionAction,
  type IntervisionMethod,
  type IntervisionSession,
  type IntervisionSessionSummary,
  type SessionText,
} from '@leerkring/domain';
import type { IntervisionActionEntity } from './intervision-action.entity.js';
import type { IntervisionMethodEntity } from './intervision-method.entity.js';
import type { IntervisionSessionEntity } from './intervision-session.entity.js';
import type { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';
import { progressOf, rolesOf } from './session-rules.js';

export function toIntervisionMethod(entity: IntervisionMethodEntity): IntervisionMethod {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    description: entity.description,
    phases: entity.phases,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toSummary(session: IntervisionSessionEntity): IntervisionSessionSummary {
  return {
    id: session.id,
    context: session.buildingTeam
      ? { type: 'building-team', id: session.buildingTeam.id, name: session.buildingTeam.name }
      : { type: 'learning-group', id: session.learningGroup?.id ?? '', name: session.learningGroup?.name ?? '' },
    buildingTeam: session.buildingTeam ? { id: session.buildingTeam.id, name: session.buildingTeam.name } : null,
    method: { id: session.methodId, code: session.methodCode, name: session.methodName },
    plannedDate: session.plannedDate,
    status: session.status,
    currentPhaseIndex: session.progress.currentPhase,
    facilitator: { id: session.facilitator.id, name: session.facilitator.name },
    inbrenger: { id: session.inbrenger.id, name: session.inbrenger.name },
    startedAt: session.startedAt?.toISOString() ?? null,
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}

export function toText(entity: IntervisionInputEntity | IntervisionNoteEntity): SessionText {
  return {
    id: entity.id,
    phase: entity.phase,
    author: { id: entity.author.id, name: entity.author.name },
    text: entity.text,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toAction(entity: IntervisionActionEntity): IntervisionAction {
  return {
    id: entity.id,
    sessionId: entity.sessionId,
    what: entity.what,
    owner: entity.owner ? { id: entity.owner.id, name: entity.owner.name } : null,
    dueDate: entity.dueDate,
    status: entity.status,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** What a session's full view is made of besides the session itself. */
export interface SessionViewData {
  inputCounts: Map<number, number>;
  noteCounts: Map<number, number>;
  actions: IntervisionActionEntity[];
  /** The open actions of the previous session, when the view shows them (else empty). */
  previousOpenActions: IntervisionActionEntity[];
  /** Id → name of everyone with a role in the session. */
  names: Map<string, string>;
  cases: { id: string; title: string; createdAt: Date }[];
}

/** Whether the view shows the previous session's open actions: before the session starts and in its first phase. */
export const showsPreviousActions = (session: IntervisionSessionEntity): boolean =>
  session.status === 'planned' || (session.status === 'running' && session.progress.currentPhase === 0);

/** Everyone with a role in the session, each once. */
export const peopleOf = (session: IntervisionSessionEntity): string[] => [
  ...new Set([session.inbrengerId, session.facilitatorId, session.noteTakerId, ...session.participantIds]),
];

export function toSession(
  session: IntervisionSessionEntity,
  data: SessionViewData,
  { viewerId, now, seesTexts }: { viewerId: string; now: string; seesTexts: boolean },
): IntervisionSession {
  const progress = progressOf(session);
  const current = progress.currentPhase;
  const currentPhase = current === null ? null : session.phases[current]!;
  return {
    ...toSummary(session),
    previousOpenActions: seesTexts ? data.previousOpenActions.map(toAction) : [],
    currentPhase:
      current === null || !currentPhase
        ? null
        : {
            index: current,
            key: currentPhase.key,
            name: currentPhase.name,
            prompt: currentPhase.prompt,
            inputMode: currentPhase.inputMode,
            timing: phaseTiming({ progress, phases: session.phases, phase: current, now }),
            revealed: progress.revealedPhases.includes(current),
            enteredAt: progress.visits.at(-1)?.enteredAt ?? now,
          },
    phases: session.phases.map((phase, index) => ({
      ...phase,
      index,
      timing: phaseTiming({ progress, phases: session.phases, phase: index, now }),
      revealed: progress.revealedPhases.includes(index),
      inputCount: data.inputCounts.get(index) ?? 0,
      noteCount: data.noteCounts.get(index) ?? 0,
    })),
    roles: peopleOf(session).map((personId) => ({
      person: { id: personId, name: data.names.get(personId) ?? '' },
      roles: rolesOf(session, personId),
    })),
    myRoles: rolesOf(session, viewerId),
    cases: data.cases.map((found) => ({
      id: found.id,
      name: seesTexts ? found.title : neutralCaseLabel({ createdAt: found.createdAt.toISOString() }).nl,
    })),
    actions: seesTexts ? data.actions.map(toAction) : [],
    textsWithheld: !seesTexts,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
