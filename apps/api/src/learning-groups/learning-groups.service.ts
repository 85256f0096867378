import { Injectable } from '@nestjs/common';
import type { LearningGroup, Page, PageQuery, Principal } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { toLearningGroup } from './learning-group.mapper.js';
import { LearningGroupsRepository } from './learning-groups.repository.js';

@Injectable()
export class LearningGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly learningGroups: LearningGroupsRepository,
  ) {}

  async list(principal: Principal, query: PageQuery): Promise<Page<LearningGroup>> {
    const page = await this.learningGroups.findVisiblePage(this.dataSource.manager, principal, query);
    return { ...page, items: page.items.map(toLearningGroup) };
  }
}
