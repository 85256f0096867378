import type { AgreementVersionStatus, Clause } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { AgreementVersionChangeEntity, AgreementVersionEntity } from '../agreements/agreement.entity.js';

export const day = 24 * 3600 * 1000;
export const dateOnly = (moment: Date) => moment.toISOString().slice(0, 10);
export const clause = (id: string, title: string, text: string): Clause => ({ id, title, text });

type DemoVersion = { minor: number; status: AgreementVersionStatus; clauses: readonly Clause[]; changelog: string };

/** Versions 0.x of one agreement, each based on the one before, with its "created" history entry; answers the last. */
export async function seedVersionChain<V extends DemoVersion>(
  manager: EntityManager,
  {
    agreementId,
    versions,
    dates,
    authorId,
    createdAgo,
    clausesOf,
    afterEach,
  }: {
    agreementId: string;
    versions: readonly V[];
    dates: readonly { validFrom: string | null; validUntil: string | null; reviewDate: string | null }[];
    authorId: string;
    /** Days before now each version was created. */
    createdAgo: (index: number) => number;
    clausesOf: (version: V) => Clause[];
    afterEach?: (version: V, saved: AgreementVersionEntity) => Promise<void>;
  },
): Promise<AgreementVersionEntity> {
  const now = Date.now();
  let previous: AgreementVersionEntity | null = null;
  for (const [index, version] of versions.entries()) {
    const saved: AgreementVersionEntity = await manager.save(AgreementVersionEntity, {
      agreementId,
      major: 0,
      minor: version.minor,
      status: version.status,
      clauses: clausesOf(version),
      changelog: version.changelog,
      revision: 1,
      consentRound: 1,
      basedOnVersionId: previous ? previous.id : null,
      ...dates[index]!,
      createdById: authorId,
      updatedById: authorId,
    });
    await manager.save(AgreementVersionChangeEntity, {
      versionId: saved.id,
      revision: 1,
      kind: 'created',
      fields: [],
      clauseIds: [],
      status: version.status,
      changedById: authorId,
      changedAt: new Date(now - createdAgo(index) * day),
    });
    await afterEach?.(version, saved);
    previous = saved;
  }
  return previous!;
}
