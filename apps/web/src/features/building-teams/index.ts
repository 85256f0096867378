export { BuildingTeamsPage } from './components/BuildingTeamsPage';
export { EditBuildingTeamPage, NewBuildingTeamPage } from './components/BuildingTeamFormPage';
export { LatestBuildingTeams } from './components/LatestBuildingTeams';
export { buildingTeamsQueryOptions } from './api/building-teams-query';
