import { Controller, Headers, Res } from '@nestjs/common';
import {
  changeAgreementVersionStatus,
  createAgreementVersion,
  getAgreementVersion,
  getAgreementVersionDiff,
  getAgreementVersionHistory,
  listAgreementVersions,
  putAgreementVersionInForce,
  updateAgreementVersion,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { parseIfMatch } from '../common/http/if-match.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AgreementVersionsService } from './agreement-versions.service.js';
import { VersionHistoryService } from './version-history.service.js';
import { withEtag } from './version-reply.js';
import { VersionStatusService } from './version-status.service.js';

@Controller()
export class AgreementVersionsController {
  constructor(
    private readonly versions: AgreementVersionsService,
    private readonly status: VersionStatusService,
    private readonly history: VersionHistoryService,
  ) {}

  @Endpoint(listAgreementVersions)
  list(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listAgreementVersions>) {
    return this.versions.list(actor, params.agreementId);
  }

  @Endpoint(getAgreementVersion)
  async get(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementVersion>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.versions.get(actor, params.agreementId, params.versionId));
  }

  @Endpoint(createAgreementVersion)
  async create(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementVersion>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.versions.create(actor, params.agreementId, body));
  }

  @Endpoint(updateAgreementVersion)
  async update(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateAgreementVersion>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = parseIfMatch(ifMatch);
    return withEtag(reply, await this.versions.update(actor, params.agreementId, params.versionId, expected, body));
  }

  @Endpoint(changeAgreementVersionStatus)
  async changeStatus(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof changeAgreementVersionStatus>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.status.change(actor, params.agreementId, params.versionId, body));
  }

  @Endpoint(putAgreementVersionInForce)
  async putInForce(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof putAgreementVersionInForce>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.status.putInForce(actor, params.agreementId, params.versionId, body));
  }

  @Endpoint(getAgreementVersionDiff)
  diff(@CurrentActor() actor: Actor, @ValidInput() { params, query }: OperationInput<typeof getAgreementVersionDiff>) {
    return this.history.diff(actor, params.agreementId, params.versionId, query.against);
  }

  @Endpoint(getAgreementVersionHistory)
  changes(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreementVersionHistory>) {
    return this.history.history(actor, params.agreementId, params.versionId);
  }
}
