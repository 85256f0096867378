import { Injectable } from '@nestjs/common';
import { KnowledgeVoucherError, KnowledgeVoucherErrorCode, type VoucherNetworkList } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { requireContextAccess } from '../common/team-access.js';
import { RegionsRepository } from '../regions/regions.repository.js';

const regionNotFound = () =>
  new KnowledgeVoucherError(KnowledgeVoucherErrorCode.REGION_NOT_FOUND, 'Deze regio bestaat niet.');

/**
 * The networks a region's coordinator can request a voucher for: the bouwteams of the region's municipalities. Only a
 * coordinator requests (a network's partners read their vouchers and write the evaluation); anyone else gets 404.
 */
@Injectable()
export class KnowledgeVoucherNetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly teams: BuildingTeamsRepository,
  ) {}

  list(actor: Actor, regionId: string): Promise<VoucherNetworkList> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: { type: 'region', id: regionId },
        read: 'voucher:read',
        act: 'voucher:write',
        notFound: regionNotFound,
      });
      const region = await this.regions.find(manager, regionId);
      if (!region) throw regionNotFound();
      const teams = await this.teams.ofMunicipalities(
        manager,
        region.municipalities.map(({ id }) => id),
      );
      return { items: teams.map(({ id, name }) => ({ id, name })) };
    });
  }
}
