import { defineOperation } from '../api/operation.js';
import {
  BuildingTeamIdParamsSchema,
  BuildingTeamListQuerySchema,
  BuildingTeamPageSchema,
  BuildingTeamSchema,
} from './schema.js';

const tag = 'Building teams';

export const listBuildingTeams = defineOperation({
  operationId: 'listBuildingTeams',
  method: 'GET',
  path: '/building-teams',
  summary: 'List bouwteams',
  tag,
  query: BuildingTeamListQuerySchema,
  success: { status: 200, description: 'A page of bouwteams.', schema: BuildingTeamPageSchema, paged: true },
  errors: [401],
  access: { permission: 'building-team:read' },
});

export const getBuildingTeam = defineOperation({
  operationId: 'getBuildingTeam',
  method: 'GET',
  path: '/building-teams/{buildingTeamId}',
  summary: 'Get a bouwteam',
  tag,
  params: BuildingTeamIdParamsSchema,
  success: { status: 200, description: 'The bouwteam with its partners.', schema: BuildingTeamSchema },
  errors: [401, 404],
  access: { permission: 'building-team:read' },
});
