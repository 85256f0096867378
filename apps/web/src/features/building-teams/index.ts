export { BuildingTeamsPage } from './components/BuildingTeamsPage';
export { LatestBuildingTeams } from './components/LatestBuildingTeams';
export { buildingTeamsQueryOptions } from './api/building-teams-query';
