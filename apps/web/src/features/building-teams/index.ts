export { BuildingTeamsPage } from './components/BuildingTeamsPage';
export { BuildingTeamPage } from './components/BuildingTeamPage';
export { EditBuildingTeamPage, NewBuildingTeamPage } from './components/BuildingTeamFormPage';
export { LatestBuildingTeams } from './components/LatestBuildingTeams';
export { buildingTeamsQueryOptions } from './api/building-teams-query';
