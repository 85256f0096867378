import { Injectable } from '@nestjs/common';
import { diffVersionSteps, type AgreementDiff, type AgreementVersionHistory } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { runInSteps } from '../common/steps.js';
import { AgreementAccess } from './agreement-access.service.js';
import { versionNotFound } from './agreement-checks.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { toVersionChange, toVersionSummary } from './agreements.mapper.js';

/** How a version came to be: what changed against another version, and every change made to it. */
@Injectable()
export class VersionHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: AgreementVersionsRepository,
    private readonly access: AgreementAccess,
  ) {}

  async diff(actor: Actor, agreementId: string, versionId: string, againstId: string): Promise<AgreementDiff> {
    const { version, against } = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(manager, actor, agreementId, versionId);
      const against = await this.versions.findPlain(manager, agreementId, againstId);
      if (!against) throw versionNotFound();
      await this.access.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return { version, against };
    });
    // Outside the transaction and a clause at a time, so a large comparison holds up neither the database nor other requests.
    return {
      from: toVersionSummary(against),
      to: toVersionSummary(version),
      clauses: await runInSteps(diffVersionSteps({ from: against, to: version })),
    };
  }

  history(actor: Actor, agreementId: string, versionId: string): Promise<AgreementVersionHistory> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(manager, actor, agreementId, versionId);
      const changes = await this.versions.changesOf(manager, versionId);
      await this.access.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return { items: changes.map(toVersionChange) };
    });
  }
}
