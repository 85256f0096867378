import { Controller, Req, Res } from '@nestjs/common';
import {
  can,
  createAgreementConsent,
  getAgreementConsentEvents,
  listAgreementConsents,
  type ContextRef,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { openEventStream } from '../common/http/event-stream.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { ConsentRoundsService } from './consent-rounds.service.js';

export const consentHeartbeatMilliseconds = 20_000;

@Controller()
export class ConsentRoundsController {
  constructor(
    private readonly consentRounds: ConsentRoundsService,
    private readonly events: AgreementRoundEvents,
    private readonly live: LiveFollowers,
    private readonly clock: Clock,
  ) {}

  @Endpoint(listAgreementConsents)
  list(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listAgreementConsents>) {
    return this.consentRounds.list(actor, params.agreementId, params.versionId);
  }

  @Endpoint(createAgreementConsent)
  give(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof createAgreementConsent>) {
    return this.consentRounds.give(actor, params.agreementId, params.versionId, body);
  }

  /**
   * Server-sent events: the round at once, then again after every change (read once for all followers, sent to each
   * who may still read it); a heartbeat comment every 20 seconds. Problems (404 for another tenant's version, 429 beyond
   * the streams one sign-in may hold) are answered before the stream opens. A version whose round can no longer change
   * (in force, superseded, withdrawn) answers its round once and ends the stream; so does losing the right to read it,
   * signing out, and the idle timeout.
   */
  @Endpoint(getAgreementConsentEvents)
  async follow(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementConsentEvents>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { agreementId, versionId } = params;
    let context: ContextRef | undefined;
    const follower = await this.live.follow(
      actor,
      'consent-round',
      (principal) => context !== undefined && can({ principal, permission: 'agreement:read', context }),
    );
    // Follow before the first read, so a change made while it runs is not missed.
    const unfollow = this.events.follow(versionId, follower, () =>
      this.consentRounds.roundForFollowers(agreementId, versionId),
    );
    const changesBefore = this.events.changesOf(versionId);
    let first: Awaited<ReturnType<ConsentRoundsService['liveRound']>>;
    try {
      first = await this.consentRounds.liveRound(actor, agreementId, versionId);
      context = first.context;
    } catch (error) {
      unfollow();
      follower.close();
      throw error;
    }
    const stream = openEventStream({
      request,
      reply,
      heartbeatMilliseconds: consentHeartbeatMilliseconds,
      onClose: () => (unfollow(), follower.close()),
    });
    follower.attach(stream, this.clock.now().getTime());
    stream.send('round', first.round);
    if (first.final) return stream.close();
    if (this.events.changesOf(versionId) !== changesBefore) this.events.changed(versionId);
  }
}
