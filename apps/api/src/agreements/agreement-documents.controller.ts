import { Controller, Req, Res } from '@nestjs/common';
import {
  getAgreementConsentEvents,
  getAgreementVersionDocx,
  getAgreementVersionMarkdown,
  type ConsentRound,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { openEventStream } from '../common/http/event-stream.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AgreementDocumentsService } from './agreement-documents.service.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { loggableError } from '../common/http/loggable-error.js';

export const consentHeartbeatMilliseconds = 20_000;

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

@Controller()
export class AgreementDocumentsController {
  constructor(
    private readonly documents: AgreementDocumentsService,
    private readonly events: AgreementRoundEvents,
  ) {}

  @Endpoint(getAgreementVersionMarkdown)
  async markdown(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreementVersionMarkdown>, @Res({ passthrough: true }) reply: FastifyReply) {
    const { fileName, body } = await this.documents.markdown(actor, params.agreementId, params.versionId);
    void reply.header('Content-Disposition', attachment(fileName));
    return body;
  }

  @Endpoint(getAgreementVersionDocx)
  async docx(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreementVersionDocx>, @Res({ passthrough: true }) reply: FastifyReply) {
    const { fileName, body } = await this.documents.docx(actor, params.agreementId, params.versionId);
    void reply.header('Content-Disposition', attachment(fileName));
    return body;
  }

  /**
   * Server-sent events: the round at once, then again after every change, read for this caller; a heartbeat comment
   * every 20 seconds. Problems (404 for another tenant's version) are answered before the stream opens. A version whose
   * round can no longer change (in force, superseded, withdrawn) answers its round once and ends the stream.
   */
  @Endpoint(getAgreementConsentEvents)
  async follow(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementConsentEvents>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { agreementId, versionId } = params;
    // Listen before the first read, so a change made while it runs is not missed.
    let open = false;
    let missed = false;
    const unsubscribe = this.events.subscribe(versionId, () => {
      if (open) void refresh();
      else missed = true;
    });
    let first: Awaited<ReturnType<AgreementDocumentsService['liveRound']>>;
    try {
      first = await this.documents.liveRound(actor, agreementId, versionId);
    } catch (error) {
      unsubscribe();
      throw error;
    }

    const stream = openEventStream({ request, reply, heartbeatMilliseconds: consentHeartbeatMilliseconds, track: (close) => this.events.track(close), onClose: unsubscribe });
    const send = (round: ConsentRound) => stream.send('round', round);
    const close = () => stream.close();

    // One read at a time, so rounds go out in order; changes during a read are folded into one more read after it.
    let reading = false;
    let again = false;
    const refresh = async (): Promise<void> => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const next = await this.documents.liveRound(actor, agreementId, versionId);
          if (stream.closed) return;
          send(next.round);
          if (next.final) return close();
        } while (again && !stream.closed);
      } catch (error) {
        // Access taken away or the database gone: the client reconnects and gets a problem if it still may not read.
        request.log.warn({ err: loggableError(error) }, 'consent-round stream ended after a failed read');
        close();
      } finally {
        reading = false;
      }
    };

    send(first.round);
    if (first.final) return close();
    open = true;
    if (missed) void refresh();
  }
}
