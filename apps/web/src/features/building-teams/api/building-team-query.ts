// Kept for features/intervision (SessionsPages), which imports it from here until it imports from lib/queries.
export { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
