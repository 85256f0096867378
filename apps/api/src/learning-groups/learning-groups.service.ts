import { Injectable } from '@nestjs/common';
import {
  can,
  judgeLearningGroupPeriod,
  learningGroupReasons,
  LearningGroupError,
  LearningGroupErrorCode,
  regionsStillRepresented,
  type LearningGroup,
  type LearningGroupCreate,
  type LearningGroupDetail,
  type LearningGroupUpdate,
  type Page,
  type PageQuery,
  type Principal,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { LearningGroupEntity } from './learning-group.entity.js';
import { toLearningGroup, toLearningGroupDetail } from './learning-group.mapper.js';
import { LearningGroupsRepository } from './learning-groups.repository.js';

const notFound = () => new LearningGroupError(LearningGroupErrorCode.NOT_FOUND, 'Deze leergroep bestaat niet.');

/** Reading, starting and changing learning groups. */
@Injectable()
export class LearningGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly learningGroups: LearningGroupsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly regions: RegionsRepository,
  ) {}

  async list(principal: Principal, query: PageQuery): Promise<Page<LearningGroup>> {
    const page = await this.learningGroups.findVisiblePage(this.dataSource.manager, principal, query);
    return { ...page, items: page.items.map(toLearningGroup) };
  }

  /** A group the caller is no member of answers as if it did not exist. */
  get(principal: Principal, id: string): Promise<LearningGroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.readable(manager, principal, id);
      return this.detail(manager, group);
    });
  }

  create(input: LearningGroupCreate): Promise<LearningGroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name);
      const id = await this.learningGroups.save(manager, {
        name: input.name,
        theme: input.theme,
        description: input.description,
        startDate: input.startDate,
        endDate: input.endDate,
        regions: await this.regionsOf(manager, input.regionIds),
      });
      return this.detail(manager, await this.learningGroups.findOrFail(manager, id));
    });
  }

  update(principal: Principal, id: string, input: LearningGroupUpdate): Promise<LearningGroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.writable(manager, principal, id);
      const { regionIds, ...fields } = input;
      if (fields.name !== undefined) await this.assertNameFree(manager, fields.name, id);
      const period = judgeLearningGroupPeriod({
        startDate: fields.startDate === undefined ? group.startDate : fields.startDate,
        endDate: fields.endDate === undefined ? group.endDate : fields.endDate,
      });
      if (!period.ok)
        throw new LearningGroupError(LearningGroupErrorCode.INVALID_PERIOD, learningGroupReasons[period.reason], [
          { name: 'body.endDate', reason: learningGroupReasons[period.reason] },
        ]);
      Object.assign(group, fields);
      if (regionIds) {
        const members = await this.memberships.notRejectedInContextWithPeople(manager, {
          contextType: 'learning-group',
          contextId: id,
        });
        const left = regionsStillRepresented({
          regionIds,
          memberRegionIds: members.map((member) => member.representsRegionId),
        });
        if (left.length > 0)
          throw new LearningGroupError(
            LearningGroupErrorCode.REGION_STILL_REPRESENTED,
            learningGroupReasons['region-still-represented'],
            [{ name: 'body.regionIds', reason: learningGroupReasons['region-still-represented'] }],
          );
        group.regions = await this.regionsOf(manager, regionIds);
      }
      await this.learningGroups.save(manager, group);
      return this.detail(manager, await this.learningGroups.findOrFail(manager, id));
    });
  }

  /** The group, when the caller may read it; else a 404. */
  async readable(manager: EntityManager, principal: Principal, id: string): Promise<LearningGroupEntity> {
    const visible = can({ principal, permission: 'learning-group:read', context: { type: 'learning-group', id } });
    const group = visible ? await this.learningGroups.find(manager, id) : null;
    if (!group) throw notFound();
    return group;
  }

  /** The group, when the caller may change it; 403 for its other members, 404 for anyone else. */
  async writable(manager: EntityManager, principal: Principal, id: string): Promise<LearningGroupEntity> {
    const group = await this.readable(manager, principal, id);
    if (!can({ principal, permission: 'learning-group:write', context: { type: 'learning-group', id } }))
      throw new LearningGroupError(
        LearningGroupErrorCode.FORBIDDEN,
        'Alleen de coördinator van de leergroep of een beheerder wijzigt haar.',
      );
    return group;
  }

  private async detail(manager: EntityManager, group: LearningGroupEntity): Promise<LearningGroupDetail> {
    const members = await this.memberships.notRejectedInContextWithPeople(manager, {
      contextType: 'learning-group',
      contextId: group.id,
    });
    return toLearningGroupDetail(group, members);
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    if (await this.learningGroups.nameTaken(manager, name, exceptId))
      throw new LearningGroupError(LearningGroupErrorCode.NAME_TAKEN, 'Er is al een leergroep met deze naam.', [
        { name: 'body.name', reason: 'Er is al een leergroep met deze naam.' },
      ]);
  }

  private async regionsOf(manager: EntityManager, ids: readonly string[]) {
    const found = await this.regions.findByIds(manager, ids);
    if (found.length !== ids.length)
      throw new LearningGroupError(LearningGroupErrorCode.REGION_NOT_FOUND, 'Minstens één regio bestaat niet.', [
        { name: 'body.regionIds', reason: 'Minstens één regio bestaat niet.' },
      ]);
    return found;
  }
}
