import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgreementConsentEntity } from './agreement.entity.js';

export type NewConsent = Pick<
  AgreementConsentEntity,
  'versionId' | 'round' | 'organisationId' | 'regionId' | 'stance' | 'reason' | 'givenById' | 'givenAt'
>;

/** The stances partner organisations give in consent rounds. */
@Injectable()
export class AgreementConsentsRepository {
  /** Every stance on a version, in every round, in the order given, with organisation and partner. */
  ofVersion(manager: EntityManager, versionId: string): Promise<AgreementConsentEntity[]> {
    return manager.getRepository(AgreementConsentEntity).find({
      where: { versionId },
      relations: { organisation: true, givenBy: true },
      order: { givenAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * A new stance becomes its organisation's (for a learning group: its region's) current one in the round; the earlier
   * one stays, no longer current.
   */
  async replaceCurrent(manager: EntityManager, consent: NewConsent): Promise<string> {
    const consents = manager.getRepository(AgreementConsentEntity);
    const voter = consent.regionId ? { regionId: consent.regionId } : { organisationId: consent.organisationId };
    await consents.update(
      { versionId: consent.versionId, round: consent.round, ...voter, current: true },
      { current: false },
    );
    const { id } = await consents.save({ ...consent, current: true });
    return id;
  }
}
