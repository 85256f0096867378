import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  RegionError,
  RegionErrorCode,
  type Page,
  type PageQuery,
  type Region,
  type RegionCreate,
  type RegionUpdate,
} from '@leerkring/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { findPage } from '../common/pagination.js';
import { RegionEntity } from './region.entity.js';
import { toRegion } from './region.mapper.js';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  list(query: PageQuery): Promise<Page<Region>> {
    const builder = this.regions
      .createQueryBuilder('region')
      .leftJoinAndSelect('region.municipalities', 'municipality')
      .orderBy('region.name', 'ASC')
      .addOrderBy('region.id', 'ASC');
    return findPage(builder, query, toRegion);
  }

  async get(id: string): Promise<Region> {
    const region = await this.regions.findOne({ where: { id }, relations: { municipalities: true } });
    if (!region) throw new RegionError(RegionErrorCode.NOT_FOUND, 'Deze regio bestaat niet.');
    return toRegion(region);
  }

  create(input: RegionCreate): Promise<Region> {
    return this.regions.manager.transaction(async (manager) => {
      await assertNameFree(manager, input.name);
      const municipalities = await municipalitiesOf(manager, input.municipalityIds);
      const { id } = await manager.getRepository(RegionEntity).save({ name: input.name, municipalities });
      return toRegion(
        await manager.getRepository(RegionEntity).findOneOrFail({ where: { id }, relations: { municipalities: true } }),
      );
    });
  }

  update(id: string, input: RegionUpdate): Promise<Region> {
    return this.regions.manager.transaction(async (manager) => {
      const region = await manager
        .getRepository(RegionEntity)
        .findOne({ where: { id }, relations: { municipalities: true } });
      if (!region) throw new RegionError(RegionErrorCode.NOT_FOUND, 'Deze regio bestaat niet.');
      if (input.name !== undefined && input.name.toLowerCase() !== region.name.toLowerCase())
        await assertNameFree(manager, input.name);
      if (input.name !== undefined) region.name = input.name;
      if (input.municipalityIds !== undefined)
        region.municipalities = await municipalitiesOf(manager, input.municipalityIds);
      await manager.getRepository(RegionEntity).save(region);
      return toRegion(
        await manager.getRepository(RegionEntity).findOneOrFail({ where: { id }, relations: { municipalities: true } }),
      );
    });
  }
}

async function assertNameFree(manager: EntityManager, name: string): Promise<void> {
  const taken = await manager
    .getRepository(RegionEntity)
    .createQueryBuilder('region')
    .where('LOWER(region.name) = :name', { name: name.toLowerCase() })
    .getExists();
  if (taken) throw new RegionError(RegionErrorCode.NAME_TAKEN, `Er is al een regio met de naam "${name}".`);
}

/** A region is made of municipalities: each id must be an organisation of type gemeente. */
async function municipalitiesOf(manager: EntityManager, ids: string[]): Promise<OrganisationEntity[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await manager.getRepository(OrganisationEntity).findBy({ id: In(unique), type: 'gemeente' });
  if (found.length !== unique.length)
    throw new RegionError(
      RegionErrorCode.NOT_A_MUNICIPALITY,
      'Een regio bestaat uit gemeenten; minstens één id is geen gemeente.',
    );
  return found;
}
