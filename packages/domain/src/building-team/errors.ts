export const BuildingTeamErrorCode = {
  NOT_FOUND: 'BUILDING_TEAM_NOT_FOUND',
  NOT_A_MUNICIPALITY: 'BUILDING_TEAM_NOT_A_MUNICIPALITY',
  PARTNER_NOT_FOUND: 'BUILDING_TEAM_PARTNER_NOT_FOUND',
} as const;
export type BuildingTeamErrorCode = (typeof BuildingTeamErrorCode)[keyof typeof BuildingTeamErrorCode];

export class BuildingTeamError extends Error {
  constructor(
    readonly code: BuildingTeamErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BuildingTeamError';
  }
}
