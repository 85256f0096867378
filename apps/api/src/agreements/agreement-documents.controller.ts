import { Controller, Req, Res } from '@nestjs/common';
import {
  can,
  getAgreementConsentEvents,
  getAgreementVersionDocx,
  getAgreementVersionMarkdown,
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
import { AgreementDocumentsService } from './agreement-documents.service.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { AgreementsService } from './agreements.service.js';

export const consentHeartbeatMilliseconds = 20_000;

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

@Controller()
export class AgreementDocumentsController {
  constructor(
    private readonly documents: AgreementDocumentsService,
    private readonly events: AgreementRoundEvents,
    private readonly agreements: AgreementsService,
    private readonly live: LiveFollowers,
    private readonly clock: Clock,
  ) {}

  @Endpoint(getAgreementVersionMarkdown)
  async markdown(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementVersionMarkdown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { fileName, body } = await this.documents.markdown(actor, params.agreementId, params.versionId);
    void reply.header('Content-Disposition', attachment(fileName));
    return body;
  }

  @Endpoint(getAgreementVersionDocx)
  async docx(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementVersionDocx>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { fileName, body } = await this.documents.docx(actor, params.agreementId, params.versionId);
    void reply.header('Content-Disposition', attachment(fileName));
    return body;
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
      this.agreements.roundForFollowers(agreementId, versionId),
    );
    const changesBefore = this.events.changesOf(versionId);
    let first: Awaited<ReturnType<AgreementDocumentsService['liveRound']>>;
    try {
      first = await this.documents.liveRound(actor, agreementId, versionId);
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
