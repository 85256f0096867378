export { BuildingTeamsPage } from './components/BuildingTeamsPage';
export { EditBuildingTeamPage, NewBuildingTeamPage } from './components/BuildingTeamFormPage';
export { buildingTeamsQueryOptions } from './api/building-teams-query';
