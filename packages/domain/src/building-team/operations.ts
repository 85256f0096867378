import { defineOperation } from '../api/operation.js';
import {
  BuildingTeamCreateSchema,
  BuildingTeamUpdateSchema,
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

export const createBuildingTeam = defineOperation({
  operationId: 'createBuildingTeam',
  method: 'POST',
  path: '/building-teams',
  summary: 'Form a bouwteam',
  description: 'A municipality and its partner organisations; members and their roles are added as memberships.',
  tag,
  body: BuildingTeamCreateSchema,
  success: { status: 201, description: 'The bouwteam as stored.', schema: BuildingTeamSchema, location: true },
  errors: [401, 403, 413, 415, 422],
  access: { permission: 'building-team:write' },
});

export const updateBuildingTeam = defineOperation({
  operationId: 'updateBuildingTeam',
  method: 'PATCH',
  path: '/building-teams/{buildingTeamId}',
  summary: 'Change a bouwteam or its partners',
  tag,
  params: BuildingTeamIdParamsSchema,
  body: BuildingTeamUpdateSchema,
  success: { status: 200, description: 'The bouwteam as stored.', schema: BuildingTeamSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'building-team:write' },
});
