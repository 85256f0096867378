import { Controller, Headers, Res } from '@nestjs/common';
import {
  changeAgreementVersionStatus,
  createAgreement,
  createAgreementConsent,
  createAgreementIterationProposal,
  createAgreementLessonProposal,
  createAgreementVersion,
  getAgreement,
  getAgreementVersion,
  getAgreementVersionDiff,
  getAgreementVersionHistory,
  listAgreementClauseSources,
  listAgreementConsents,
  listAgreements,
  listAgreementVersions,
  putAgreementVersionInForce,
  updateAgreement,
  updateAgreementVersion,
  versionEtag,
  type AgreementVersion,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { apiPrefix } from '../common/http/prefix.js';
import { AgreementsService } from './agreements.service.js';

/** A version answers its revision as ETag, to come back as If-Match. */
function withEtag(reply: FastifyReply, version: AgreementVersion): AgreementVersion {
  void reply.header('ETag', versionEtag(version.revision));
  return version;
}

/** A proposal answers the concept it changed: its address and its ETag. */
function withVersionLocation(reply: FastifyReply, version: AgreementVersion): AgreementVersion {
  void reply.header('Location', `${apiPrefix}/agreements/${version.agreementId}/versions/${version.id}`);
  return withEtag(reply, version);
}

@Controller()
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Endpoint(listAgreements)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listAgreements>) {
    return this.agreements.list(actor, query);
  }

  @Endpoint(getAgreement)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreement>) {
    return this.agreements.get(actor, params.agreementId);
  }

  @Endpoint(createAgreement)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createAgreement>) {
    return this.agreements.create(actor, body);
  }

  @Endpoint(updateAgreement)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateAgreement>) {
    return this.agreements.update(actor, params.agreementId, body);
  }

  @Endpoint(listAgreementVersions)
  listVersions(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listAgreementVersions>) {
    return this.agreements.listVersions(actor, params.agreementId);
  }

  @Endpoint(getAgreementVersion)
  async getVersion(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getAgreementVersion>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.agreements.getVersion(actor, params.agreementId, params.versionId));
  }

  @Endpoint(createAgreementVersion)
  async createVersion(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementVersion>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.agreements.createVersion(actor, params.agreementId, body));
  }

  @Endpoint(updateAgreementVersion)
  async updateVersion(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateAgreementVersion>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(
      reply,
      await this.agreements.updateVersion(actor, params.agreementId, params.versionId, ifMatch, body),
    );
  }

  @Endpoint(changeAgreementVersionStatus)
  async changeStatus(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof changeAgreementVersionStatus>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.agreements.changeStatus(actor, params.agreementId, params.versionId, body));
  }

  @Endpoint(putAgreementVersionInForce)
  async putInForce(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof putAgreementVersionInForce>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.agreements.putInForce(actor, params.agreementId, params.versionId, body));
  }

  @Endpoint(listAgreementConsents)
  listConsents(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listAgreementConsents>) {
    return this.agreements.listConsents(actor, params.agreementId, params.versionId);
  }

  @Endpoint(createAgreementConsent)
  giveConsent(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementConsent>,
  ) {
    return this.agreements.giveConsent(actor, params.agreementId, params.versionId, body);
  }

  @Endpoint(getAgreementVersionDiff)
  diff(@CurrentActor() actor: Actor, @ValidInput() { params, query }: OperationInput<typeof getAgreementVersionDiff>) {
    return this.agreements.diff(actor, params.agreementId, params.versionId, query.against);
  }

  @Endpoint(getAgreementVersionHistory)
  history(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreementVersionHistory>) {
    return this.agreements.history(actor, params.agreementId, params.versionId);
  }

  @Endpoint(createAgreementLessonProposal)
  async proposeFromLesson(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementLessonProposal>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withVersionLocation(reply, await this.agreements.proposeFromLesson(actor, params.agreementId, body));
  }

  @Endpoint(createAgreementIterationProposal)
  async proposeFromIteration(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementIterationProposal>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withVersionLocation(reply, await this.agreements.proposeFromIteration(actor, params.agreementId, body));
  }

  @Endpoint(listAgreementClauseSources)
  clauseSources(
    @CurrentActor() actor: Actor,
    @ValidInput() { query }: OperationInput<typeof listAgreementClauseSources>,
  ) {
    return this.agreements.clauseSources(actor, query);
  }
}
