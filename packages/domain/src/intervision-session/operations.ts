import { defineOperation } from '../api/operation.js';
import {
  BuildingTeamParamsSchema,
  IntervisionActionCreateSchema,
  IntervisionActionIdParamsSchema,
  IntervisionActionSchema,
  IntervisionActionUpdateSchema,
  IntervisionSessionCreateSchema,
  IntervisionSessionIdParamsSchema,
  IntervisionSessionListQuerySchema,
  IntervisionSessionPageSchema,
  IntervisionSessionSchema,
  LearningGroupParamsSchema,
  LearningGroupSessionCreateSchema,
  SessionCandidateListSchema,
  SessionCommandRequestSchema,
  SessionTextCreateSchema,
  SessionTextListSchema,
  SessionTextSchema,
} from './schema.js';

const tag = 'Intervision sessions';
const purpose = 'Intervisie in het bouwteam';

export const listIntervisionSessions = defineOperation({
  operationId: 'listIntervisionSessions',
  method: 'GET',
  path: '/intervision-sessions',
  summary: 'List intervision sessions',
  description: "Sessions of the caller's bouwteams, latest planned date first; filter by bouwteam and status.",
  tag,
  query: IntervisionSessionListQuerySchema,
  success: { status: 200, description: 'A page of sessions.', schema: IntervisionSessionPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'session:read' },
  purpose,
});

export const getIntervisionSession = defineOperation({
  operationId: 'getIntervisionSession',
  method: 'GET',
  path: '/intervision-sessions/{sessionId}',
  summary: 'Get an intervision session',
  description:
    'The progress (status, current phase with its time box, time spent and overtime), the phases, the roles, the actions, ' +
    "and — while the session is planned and in its first phase — the previous session's open actions. Poll it, or follow the events.",
  tag,
  params: IntervisionSessionIdParamsSchema,
  success: { status: 200, description: 'The session.', schema: IntervisionSessionSchema },
  errors: [401, 403, 404],
  access: { permission: 'session:read' },
  purpose,
});

export const createIntervisionSession = defineOperation({
  operationId: 'createIntervisionSession',
  method: 'POST',
  path: '/intervision-sessions',
  summary: 'Plan an intervision session',
  description:
    "Plans a session of a bouwteam with a method (its phases are copied), cases of that bouwteam and the session's roles, " +
    'all members of the bouwteam; the facilitator must be a partner or facilitator there.',
  tag,
  body: IntervisionSessionCreateSchema,
  success: { status: 201, description: 'The session as planned.', schema: IntervisionSessionSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'session:write' },
  purpose,
});

export const commandIntervisionSession = defineOperation({
  operationId: 'commandIntervisionSession',
  method: 'POST',
  path: '/intervision-sessions/{sessionId}/commands',
  summary: 'Move a session through its phases',
  description:
    "Start, advance, go back, reveal the current phase's private inputs, or end. Only the session's facilitator (403 otherwise); " +
    'a command the state does not allow is refused with 409, its reason named under invalidParams.',
  tag,
  params: IntervisionSessionIdParamsSchema,
  body: SessionCommandRequestSchema,
  success: { status: 200, description: 'The session after the command.', schema: IntervisionSessionSchema },
  errors: [401, 403, 404, 409, 413, 415],
  // Who commands is the session's own facilitator (checked by the phase machine); in a learning group that is often its coordinator.
  access: { permission: 'session:take-part' },
  purpose,
});

export const getIntervisionSessionEvents = defineOperation({
  operationId: 'getIntervisionSessionEvents',
  method: 'GET',
  path: '/intervision-sessions/{sessionId}/events',
  summary: 'Follow a session live',
  description:
    'Server-sent events: a `snapshot` at once, then an event (`progress`, `input`, `note`, `action`) whenever the progress, a reveal, ' +
    'the number of inputs or the notes change, and a comment line as heartbeat every 20 seconds. Each event carries a SessionEvent as JSON; ' +
    'fetch the contents with the other operations. The stream of an ended session closes after the snapshot; so does the stream of a ' +
    'caller who may no longer read the session, signs out, or after 30 minutes (reconnect). A sign-in follows at most 3 sessions at ' +
    'once and a person 10 streams in all (429 with Retry-After beyond).',
  tag,
  params: IntervisionSessionIdParamsSchema,
  success: { status: 200, description: 'A stream of SessionEvent objects.', mediaType: 'text/event-stream' },
  errors: [401, 403, 404, 429],
  access: { permission: 'session:read' },
  purpose,
});

export const listIntervisionInputs = defineOperation({
  operationId: 'listIntervisionInputs',
  method: 'GET',
  path: '/intervision-sessions/{sessionId}/inputs',
  summary: 'List the inputs of a session',
  description:
    'In a private-then-reveal phase everyone — the facilitator included — sees only their own inputs until the reveal.',
  tag,
  params: IntervisionSessionIdParamsSchema,
  success: { status: 200, description: 'The inputs the caller may see, oldest first.', schema: SessionTextListSchema },
  errors: [401, 403, 404],
  access: { permission: 'session:read' },
  purpose,
});

export const createIntervisionInput = defineOperation({
  operationId: 'createIntervisionInput',
  method: 'POST',
  path: '/intervision-sessions/{sessionId}/inputs',
  summary: 'Post an input in the current phase',
  description:
    'Participants of the session post in the current phase; the inbrenger listens in an inbrenger-listens phase (403), and a revealed ' +
    'phase takes no more inputs (409). The text passes the privacy guard (422 naming the field, kind and offsets; nothing stored).',
  tag,
  params: IntervisionSessionIdParamsSchema,
  body: SessionTextCreateSchema,
  success: { status: 201, description: 'The input as stored.', schema: SessionTextSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'session:take-part' },
  purpose,
});

export const listIntervisionNotes = defineOperation({
  operationId: 'listIntervisionNotes',
  method: 'GET',
  path: '/intervision-sessions/{sessionId}/notes',
  summary: 'List the phase notes of a session',
  tag,
  params: IntervisionSessionIdParamsSchema,
  success: { status: 200, description: 'The notes, oldest first.', schema: SessionTextListSchema },
  errors: [401, 403, 404],
  access: { permission: 'session:read' },
  purpose,
});

export const createIntervisionNote = defineOperation({
  operationId: 'createIntervisionNote',
  method: 'POST',
  path: '/intervision-sessions/{sessionId}/notes',
  summary: 'Note the current phase',
  description: "Only the session's note-taker, while the session runs. The text passes the privacy guard.",
  tag,
  params: IntervisionSessionIdParamsSchema,
  body: SessionTextCreateSchema,
  success: { status: 201, description: 'The note as stored.', schema: SessionTextSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'session:take-part' },
  purpose,
});

export const createIntervisionAction = defineOperation({
  operationId: 'createIntervisionAction',
  method: 'POST',
  path: '/intervision-sessions/{sessionId}/actions',
  summary: 'Record an agreed action',
  description:
    "The session's facilitator or note-taker records an action once the session has started; the owner is a member of the bouwteam. " +
    'The text passes the privacy guard.',
  tag,
  params: IntervisionSessionIdParamsSchema,
  body: IntervisionActionCreateSchema,
  success: { status: 201, description: 'The action as stored.', schema: IntervisionActionSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'session:take-part' },
  purpose,
});

export const updateIntervisionAction = defineOperation({
  operationId: 'updateIntervisionAction',
  method: 'PATCH',
  path: '/intervision-actions/{actionId}',
  summary: 'Mark an action done or carried on',
  description: "The action's owner, or a partner or facilitator of the bouwteam.",
  tag,
  params: IntervisionActionIdParamsSchema,
  body: IntervisionActionUpdateSchema,
  success: { status: 200, description: 'The action as stored.', schema: IntervisionActionSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'session:take-part' },
  purpose,
});

export const listIntervisionCandidates = defineOperation({
  operationId: 'listIntervisionCandidates',
  method: 'GET',
  path: '/building-teams/{buildingTeamId}/session-candidates',
  summary: "List who can take a role in a bouwteam's sessions",
  description:
    'The active members of the bouwteam, for whoever plans its sessions to choose the facilitator, inbrenger, note-taker and participants from. A bouwteam the caller is not part of answers 404.',
  tag,
  params: BuildingTeamParamsSchema,
  success: { status: 200, description: 'The members, by name.', schema: SessionCandidateListSchema },
  errors: [401, 403, 404],
  access: { permission: 'session:write' },
});

export const createLearningGroupSession = defineOperation({
  operationId: 'createLearningGroupSession',
  method: 'POST',
  path: '/learning-groups/{learningGroupId}/sessions',
  summary: 'Plan a meeting of a learning group',
  description:
    "The group's coordinator plans an intervision session of the group with a method (its phases are copied) and the " +
    "session's roles, all members of the group. A group meeting discusses no cases. A group the caller is not part of answers 404.",
  tag,
  params: LearningGroupParamsSchema,
  body: LearningGroupSessionCreateSchema,
  // No Location: the session's address is /intervision-sessions/{id}, not below the group.
  success: { status: 201, description: 'The session as planned.', schema: IntervisionSessionSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'group-session:write' },
  purpose: 'Intervisie in de leergroep',
});

export const listLearningGroupSessionCandidates = defineOperation({
  operationId: 'listLearningGroupSessionCandidates',
  method: 'GET',
  path: '/learning-groups/{learningGroupId}/session-candidates',
  summary: "List who can take a role in a learning group's meetings",
  description:
    "The group's active members, for its coordinator to choose the roles of a meeting from. A group the caller is not part of answers 404.",
  tag,
  params: LearningGroupParamsSchema,
  success: { status: 200, description: 'The members, by name.', schema: SessionCandidateListSchema },
  errors: [401, 403, 404],
  access: { permission: 'group-session:write' },
});
