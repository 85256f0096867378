import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { requireContextAccess } from '../common/team-access.js';
import type { AgreementEntity, AgreementVersionEntity } from './agreement.entity.js';
import { agreementNotFound, versionNotFound } from './agreement-checks.js';
import { contextOf } from './agreements.mapper.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';

export type AgreementAct = 'agreement:write' | 'agreement:consent' | 'agreement:put-in-force';

/** Who may see or change an agreement (its bouwteam's or learning group's question), and the log of who did. */
@Injectable()
export class AgreementAccess {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The agreement if the caller may read it (else 404) and, when `act` is given, do that in its context (else 403). */
  async findAgreement(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    act?: AgreementAct,
  ): Promise<AgreementEntity> {
    const agreement = await this.agreements.find(manager, agreementId);
    if (!agreement) throw agreementNotFound();
    requireContextAccess({
      principal: actor.principal,
      context: contextOf(agreement),
      read: 'agreement:read',
      ...(act ? { act } : {}),
      notFound: agreementNotFound,
    });
    return agreement;
  }

  /** A version of an agreement the caller may read (else 404), as `findAgreement`. */
  async findVersion(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    versionId: string,
    act?: AgreementAct,
  ): Promise<{ agreement: AgreementEntity; version: AgreementVersionEntity }> {
    const agreement = await this.findAgreement(manager, actor, agreementId, act);
    const version = await this.versions.find(manager, agreementId, versionId);
    if (!version) throw versionNotFound();
    return { agreement, version };
  }

  /** A list of an agreement's versions or iterations: one entry per record it returned. */
  logFound(
    manager: EntityManager,
    actor: Actor,
    agreement: AgreementEntity,
    recordType: 'agreement-version' | 'agreement-iteration',
    found: readonly { id: string; createdById: string }[],
  ): Promise<void> {
    return this.accessLog.recordSearch(
      manager,
      actor,
      { recordType, context: contextOf(agreement) },
      found.map((record) => ({ recordId: record.id, recordOwnerId: record.createdById })),
    );
  }

  log(
    manager: EntityManager,
    actor: Actor,
    event: 'read' | 'search' | 'create' | 'update',
    agreement: AgreementEntity,
    recordType: 'agreement' | 'agreement-version' | 'agreement-consent' | 'agreement-iteration' = 'agreement',
    record?: { id: string; createdById: string },
  ): Promise<void> {
    return this.accessLog.record(manager, actor, {
      event,
      recordType,
      recordId: record?.id ?? agreement.id,
      recordOwnerId: record?.createdById ?? agreement.createdById,
      context: contextOf(agreement),
    });
  }
}
