import { Controller, Res } from '@nestjs/common';
import { getAgreementVersionDocx, getAgreementVersionMarkdown, type OperationInput } from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AgreementDocumentsService } from './agreement-documents.service.js';

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

@Controller()
export class AgreementDocumentsController {
  constructor(private readonly documents: AgreementDocumentsService) {}

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
}
