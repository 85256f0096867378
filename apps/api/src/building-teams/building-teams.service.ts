import { Injectable } from '@nestjs/common';
import {
  BuildingTeamError,
  BuildingTeamErrorCode,
  can,
  type BuildingTeamCreate,
  type BuildingTeamUpdate,
  type BuildingTeam,
  type Page,
  type PageQuery,
  type Principal,
  type TransformationTheme,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { toBuildingTeam } from './building-team.mapper.js';
import { BuildingTeamsRepository } from './building-teams.repository.js';

@Injectable()
export class BuildingTeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async list(
    principal: Principal,
    query: PageQuery & { theme?: TransformationTheme | undefined },
  ): Promise<Page<BuildingTeam>> {
    const page = await this.buildingTeams.findVisiblePage(this.dataSource.manager, principal, query);
    return { ...page, items: page.items.map(toBuildingTeam) };
  }

  /** A bouwteam the caller is not part of answers as if it did not exist. */
  async get(principal: Principal, id: string): Promise<BuildingTeam> {
    const visible = can({ principal, permission: 'building-team:read', context: { type: 'building-team', id } });
    const team = visible ? await this.buildingTeams.find(this.dataSource.manager, id) : null;
    if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
    return toBuildingTeam(team);
  }

  create(input: BuildingTeamCreate): Promise<BuildingTeam> {
    return this.dataSource.transaction(async (manager) => {
      const [municipality] = await this.organisations.municipalities(manager, [input.municipalityId]);
      if (!municipality)
        throw new BuildingTeamError(
          BuildingTeamErrorCode.NOT_A_MUNICIPALITY,
          'Een bouwteam wordt gevormd door een gemeente; deze organisatie is dat niet.',
        );
      const id = await this.buildingTeams.save(manager, {
        name: input.name,
        theme: input.theme,
        description: input.description,
        startDate: input.startDate,
        municipality,
        partners: await this.partnersOf(manager, input.partnerIds),
      });
      return toBuildingTeam(await this.buildingTeams.findOrFail(manager, id));
    });
  }

  update(id: string, input: BuildingTeamUpdate): Promise<BuildingTeam> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.buildingTeams.find(manager, id);
      if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      const { partnerIds, ...fields } = input;
      Object.assign(team, fields);
      if (partnerIds) team.partners = await this.partnersOf(manager, partnerIds);
      await this.buildingTeams.save(manager, team);
      return toBuildingTeam(await this.buildingTeams.findOrFail(manager, id));
    });
  }

  private async partnersOf(manager: EntityManager, ids: readonly string[]) {
    if (ids.length === 0) return [];
    const found = await this.organisations.findByIds(manager, ids);
    if (found.length !== ids.length)
      throw new BuildingTeamError(
        BuildingTeamErrorCode.PARTNER_NOT_FOUND,
        'Minstens één partnerorganisatie bestaat niet.',
      );
    return found;
  }
}
