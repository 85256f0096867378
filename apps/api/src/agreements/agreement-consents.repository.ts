import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgreementConsentEntity } from './agreement.entity.js';

export type NewConsent = Pick<
  AgreementConsentEntity,
  'versionId' | 'round' | 'organisationId' | 'stance' | 'reason' | 'givenById' | 'givenAt'
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

  /** A new stance becomes its organisation's current one in the round; the earlier one stays, no longer current. */
  async replaceCurrent(manager: EntityManager, consent: NewConsent): Promise<string> {
    const consents = manager.getRepository(AgreementConsentEntity);
    await consents.update(
      { versionId: consent.versionId, round: consent.round, organisationId: consent.organisationId, current: true },
      { current: false },
    );
    const { id } = await consents.save({ ...consent, current: true });
    return id;
  }
}
