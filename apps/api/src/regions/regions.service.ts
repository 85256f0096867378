import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RegionError, RegionErrorCode, type Page, type PageQuery, type Region } from '@leerkring/domain';
import { Repository } from 'typeorm';
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
}
