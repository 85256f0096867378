import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type LearningGroup, type Page, type PageQuery, type Principal } from '@leerkring/domain';
import { Repository } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { byName, toReference } from '../organisations/organisation.mapper.js';
import { LearningGroupEntity } from './learning-group.entity.js';

export function toLearningGroup(entity: LearningGroupEntity): LearningGroup {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    regions: [...entity.regions].sort(byName).map(toReference),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

@Injectable()
export class LearningGroupsService {
  constructor(
    @InjectRepository(LearningGroupEntity) private readonly learningGroups: Repository<LearningGroupEntity>,
  ) {}

  list(principal: Principal, query: PageQuery): Promise<Page<LearningGroup>> {
    const builder = this.learningGroups
      .createQueryBuilder('group')
      .leftJoinAndSelect('group.regions', 'region')
      .orderBy('group.name', 'ASC')
      .addOrderBy('group.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'group.id',
      principal,
      permission: 'learning-group:read',
      contextType: 'learning-group',
    });
    return findPage(builder, query, toLearningGroup);
  }
}
