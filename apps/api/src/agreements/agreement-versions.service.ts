import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  formatVersionNumber,
  isOpen,
  type AgreementVersion,
  type AgreementVersionCreate,
  type AgreementVersionUpdate,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { AgreementAccess } from './agreement-access.service.js';
import { assertNoIdentifiers, clauseFields } from './agreement-checks.js';
import { AgreementRevisions } from './agreement-revisions.service.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { byNumberDesc, contextOf, toVersion } from './agreements.mapper.js';
import { ClauseLinks } from './clause-links.service.js';

/** The versions of an agreement: reading them, starting a new concept, and editing a concept. */
@Injectable()
export class AgreementVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: AgreementVersionsRepository,
    private readonly access: AgreementAccess,
    private readonly revisions: AgreementRevisions,
    private readonly clauseLinks: ClauseLinks,
  ) {}

  list(actor: Actor, agreementId: string): Promise<{ items: AgreementVersion[] }> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.access.findAgreement(manager, actor, agreementId);
      const versions = await this.versions.withAuthorsOf(manager, agreementId);
      await this.access.logFound(manager, actor, agreement, 'agreement-version', versions);
      return { items: versions.sort(byNumberDesc).map(toVersion) };
    });
  }

  get(actor: Actor, agreementId: string, versionId: string): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(manager, actor, agreementId, versionId);
      await this.access.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return toVersion(version);
    });
  }

  create(actor: Actor, agreementId: string, input: AgreementVersionCreate): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.access.findAgreement(manager, actor, agreementId, 'agreement:write');
      assertNoIdentifiers({ changelog: input.changelog });
      const versions = await this.versions.ofAgreement(manager, agreementId);
      const open = versions.find((version) => isOpen(version.status));
      if (open) {
        throw new AgreementError(
          AgreementErrorCode.CONCEPT_EXISTS,
          `Versie ${formatVersionNumber(open)} is nog ${open.status === 'concept' ? 'een concept' : 'voorgesteld'}; werk daarin verder.`,
        );
      }
      const created = await this.revisions.newConcept(
        manager,
        actor,
        agreementId,
        versions,
        input.changelog,
        input.major,
      );
      await this.access.log(manager, actor, 'create', agreement, 'agreement-version', created);
      return toVersion(created);
    });
  }

  /**
   * Changes a concept only when it is still at the revision the caller read (`expected`, from If-Match): the check is
   * part of the UPDATE statement, so of any number of concurrent updates based on one revision exactly one changes a row.
   */
  update(
    actor: Actor,
    agreementId: string,
    versionId: string,
    expected: number,
    input: AgreementVersionUpdate,
  ): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:write',
      );
      if (version.status !== 'concept')
        throw new AgreementError(
          AgreementErrorCode.NOT_A_CONCEPT,
          'Alleen een concept kan worden gewijzigd; begin een nieuw concept.',
        );
      // A clause sent without lessonIds or iterationIds keeps the links it has (an editor need not carry them); [] removes them.
      const stored = new Map(version.clauses.map((clause) => [clause.id, clause]));
      const clauses = input.clauses?.map((clause) => ({
        ...clause,
        lessonIds: clause.lessonIds ?? stored.get(clause.id)?.lessonIds ?? [],
        iterationIds: clause.iterationIds ?? stored.get(clause.id)?.iterationIds ?? [],
      }));
      assertNoIdentifiers({
        ...(input.changelog === undefined ? {} : { changelog: input.changelog }),
        ...clauseFields(clauses ?? []),
      });
      await this.clauseLinks.assertLessonsOfContext(manager, actor, contextOf(agreement), clauses ?? []);
      await this.clauseLinks.assertIterationsOf(manager, agreement.id, clauses ?? []);
      await this.revisions.write(manager, actor, version, expected, {
        ...(clauses === undefined ? {} : { clauses }),
        ...(input.changelog === undefined ? {} : { changelog: input.changelog }),
      });
      const updated = await this.versions.get(manager, versionId);
      await this.access.log(manager, actor, 'update', agreement, 'agreement-version', updated);
      return toVersion(updated);
    });
  }
}
