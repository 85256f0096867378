import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  diffVersions,
  isInForce,
  nextVersionNumber,
  versionEtag,
} from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import type { AgreementVersionEntity } from './agreement.entity.js';
import { byNumberDesc, toVersion } from './agreements.mapper.js';
import { AgreementVersionsRepository, type VersionChanges } from './agreement-versions.repository.js';

/** Every write of a version goes through here: guarded by its revision, and kept in the version's history. */
@Injectable()
export class AgreementRevisions {
  constructor(
    private readonly versions: AgreementVersionsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes a version only when it is still at the revision `expected` (the check is inside the UPDATE); no row changed
   * means someone else came first: 412 with the current state. The change is recorded for the version's history.
   */
  async write(
    manager: EntityManager,
    actor: Actor,
    version: AgreementVersionEntity,
    expected: number,
    changes: VersionChanges,
  ): Promise<void> {
    const updated = await this.versions.guardedUpdate(manager, {
      id: version.id,
      expected,
      changes,
      updatedById: actor.person.id,
      updatedAt: this.clock.now(),
    });
    if (!updated) throw stale(await this.versions.get(manager, version.id));
    const edited = changes.clauses !== undefined || changes.changelog !== undefined;
    await this.versions.recordChange(manager, {
      versionId: version.id,
      revision: expected + 1,
      kind: edited ? 'edited' : 'status',
      fields: Object.keys(changes).filter((field) => field !== 'consentRound'),
      clauseIds: changes.clauses
        ? diffVersions({ from: version, to: { clauses: changes.clauses }, words: false })
            .filter((clause) => clause.change !== 'unchanged')
            .map((clause) => clause.clauseId)
        : [],
      status: changes.status ?? version.status,
      changedById: actor.person.id,
      changedAt: this.clock.now(),
    });
  }

  /** The first entry of a new version's history. */
  async recordCreated(manager: EntityManager, actor: Actor, versionId: string): Promise<void> {
    await this.versions.recordChange(manager, {
      versionId,
      revision: 1,
      kind: 'created',
      fields: [],
      clauseIds: [],
      status: 'concept',
      changedById: actor.person.id,
      changedAt: this.clock.now(),
    });
  }

  /** A new concept, a copy of the version in force (or of the latest version when none is). */
  async newConcept(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    versions: AgreementVersionEntity[],
    changelog: string,
    major = false,
  ): Promise<AgreementVersionEntity> {
    const base = versions.find((version) => isInForce(version.status)) ?? [...versions].sort(byNumberDesc)[0]!;
    const id = await this.versions.insert(manager, {
      agreementId,
      ...nextVersionNumber(versions, { major }),
      status: 'concept',
      clauses: base.clauses,
      changelog,
      revision: 1,
      consentRound: 0,
      basedOnVersionId: base.id,
      validFrom: null,
      validUntil: null,
      reviewDate: null,
      createdById: actor.person.id,
      updatedById: actor.person.id,
    });
    await this.recordCreated(manager, actor, id);
    return this.versions.get(manager, id);
  }
}

function stale(current: AgreementVersionEntity): AgreementError {
  return new AgreementError(
    AgreementErrorCode.STALE_REVISION,
    `Deze versie is intussen gewijzigd (nu revisie ${current.revision}); er is niets overschreven. Bekijk de huidige tekst en breng je wijziging opnieuw aan.`,
    [{ name: 'header.If-Match', reason: `De huidige ETag is ${versionEtag(current.revision)}.`, code: 'stale' }],
    { revision: current.revision, body: toVersion(current) },
  );
}
