import { Controller, Req, Res } from '@nestjs/common';
import {
  commandIntervisionSession,
  createIntervisionAction,
  createIntervisionInput,
  createIntervisionNote,
  createIntervisionSession,
  getIntervisionSession,
  getIntervisionSessionEvents,
  listIntervisionCandidates,
  listIntervisionInputs,
  listIntervisionNotes,
  listIntervisionSessions,
  listLearningGroupSessionCandidates,
  createLearningGroupSession,
  updateIntervisionAction,
  can,
  type ContextRef,
  type OperationInput,
  type SessionEvent,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { openEventStream } from '../common/http/event-stream.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { IntervisionActionsService } from './intervision-actions.service.js';
import { IntervisionPlanningService } from './intervision-planning.service.js';
import { SessionEvents } from './session-events.js';
import { SessionRunningService } from './session-running.service.js';
import { SessionTextsService } from './session-texts.service.js';
import { groupContext, teamContext } from './session-rules.js';

export const heartbeatMilliseconds = 20_000;

@Controller()
export class IntervisionSessionsController {
  constructor(
    private readonly planning: IntervisionPlanningService,
    private readonly running: SessionRunningService,
    private readonly texts: SessionTextsService,
    private readonly actions: IntervisionActionsService,
    private readonly events: SessionEvents,
    private readonly live: LiveFollowers,
    private readonly clock: Clock,
  ) {}

  @Endpoint(listIntervisionSessions)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listIntervisionSessions>) {
    return this.planning.list(actor, query);
  }

  @Endpoint(getIntervisionSession)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getIntervisionSession>) {
    return this.planning.get(actor, params.sessionId);
  }

  @Endpoint(listIntervisionCandidates)
  candidates(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listIntervisionCandidates>) {
    return this.planning.candidates(actor, teamContext(params.buildingTeamId));
  }

  @Endpoint(listLearningGroupSessionCandidates)
  groupCandidates(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof listLearningGroupSessionCandidates>,
  ) {
    return this.planning.candidates(actor, groupContext(params.learningGroupId));
  }

  @Endpoint(createLearningGroupSession)
  createInGroup(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createLearningGroupSession>,
  ) {
    return this.planning.createInGroup(actor, params.learningGroupId, body);
  }

  @Endpoint(createIntervisionSession)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createIntervisionSession>) {
    return this.planning.create(actor, body);
  }

  @Endpoint(commandIntervisionSession)
  command(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof commandIntervisionSession>,
  ) {
    return this.running.command(actor, params.sessionId, body.command);
  }

  /**
   * Server-sent events: a snapshot at once, then one event per change, and a heartbeat comment every 20 seconds.
   * Problems (404 for a session of another bouwteam, 429 beyond the streams one sign-in may hold) are answered before
   * the stream opens. The stream ends when the caller may no longer read the session, signs out, or at the idle timeout.
   */
  @Endpoint(getIntervisionSessionEvents)
  async follow(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getIntervisionSessionEvents>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    let context: ContextRef | undefined;
    const follower = await this.live.follow(
      actor,
      'intervision-session',
      (principal) => context !== undefined && can({ principal, permission: 'session:read', context }),
    );
    let snapshot: SessionEvent;
    try {
      ({ event: snapshot, context } = await this.running.snapshot(actor, params.sessionId));
    } catch (error) {
      follower.close();
      throw error;
    }
    let unsubscribe = () => {};
    const stream = openEventStream({
      request,
      reply,
      heartbeatMilliseconds,
      onClose: () => (unsubscribe(), follower.close()),
    });
    follower.attach(stream, this.clock.now().getTime());
    stream.send(snapshot.type, snapshot);
    // An ended session changes no more: the stream says so once and closes.
    if (snapshot.status === 'ended') return stream.close();
    if (!stream.closed) unsubscribe = this.events.subscribe(params.sessionId, follower);
  }

  @Endpoint(listIntervisionInputs)
  inputs(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listIntervisionInputs>) {
    return this.texts.listInputs(actor, params.sessionId);
  }

  @Endpoint(createIntervisionInput)
  postInput(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createIntervisionInput>,
  ) {
    return this.texts.createInput(actor, params.sessionId, body.text);
  }

  @Endpoint(listIntervisionNotes)
  notes(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listIntervisionNotes>) {
    return this.texts.listNotes(actor, params.sessionId);
  }

  @Endpoint(createIntervisionNote)
  postNote(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof createIntervisionNote>) {
    return this.texts.createNote(actor, params.sessionId, body.text);
  }

  @Endpoint(createIntervisionAction)
  postAction(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createIntervisionAction>,
  ) {
    return this.actions.create(actor, params.sessionId, body);
  }

  @Endpoint(updateIntervisionAction)
  updateAction(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateIntervisionAction>,
  ) {
    return this.actions.update(actor, params.actionId, body);
  }
}
