import { Injectable } from '@nestjs/common';
import {
  RegionError,
  RegionErrorCode,
  type Page,
  type PageQuery,
  type Region,
  type RegionCreate,
  type RegionUpdate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { mapPage } from '../common/pagination.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { RegionEntity } from './region.entity.js';
import { toRegion } from './region.mapper.js';
import { RegionsRepository } from './regions.repository.js';

@Injectable()
export class RegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async list(query: PageQuery): Promise<Page<Region>> {
    return mapPage(await this.regions.page(this.dataSource.manager, query), toRegion);
  }

  async get(id: string): Promise<Region> {
    const region = await this.regions.find(this.dataSource.manager, id);
    if (!region) throw new RegionError(RegionErrorCode.NOT_FOUND, 'Deze regio bestaat niet.');
    return toRegion(region);
  }

  create(input: RegionCreate): Promise<Region> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name);
      const municipalities = await this.municipalitiesOf(manager, input.municipalityIds);
      const id = await this.regions.save(manager, { name: input.name, municipalities });
      return toRegion(await this.regions.load(manager, id));
    });
  }

  update(id: string, input: RegionUpdate): Promise<Region> {
    return this.dataSource.transaction(async (manager) => {
      const region = await this.regions.find(manager, id);
      if (!region) throw new RegionError(RegionErrorCode.NOT_FOUND, 'Deze regio bestaat niet.');
      if (input.name !== undefined && input.name.toLowerCase() !== region.name.toLowerCase())
        await this.assertNameFree(manager, input.name);
      if (input.name !== undefined) region.name = input.name;
      if (input.municipalityIds !== undefined)
        region.municipalities = await this.municipalitiesOf(manager, input.municipalityIds);
      await this.regions.save(manager, region);
      return toRegion(await this.regions.load(manager, id));
    });
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await this.regions.nameTaken(manager, name))
      throw new RegionError(RegionErrorCode.NAME_TAKEN, `Er is al een regio met de naam "${name}".`);
  }

  /** A region is made of municipalities: each id must be an organisation of type gemeente. */
  private async municipalitiesOf(manager: EntityManager, ids: string[]): Promise<RegionEntity['municipalities']> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await this.organisations.municipalities(manager, unique);
    if (found.length !== unique.length)
      throw new RegionError(
        RegionErrorCode.NOT_A_MUNICIPALITY,
        'Een regio bestaat uit gemeenten; minstens één id is geen gemeente.',
      );
    return found;
  }
}
