/**
 * Where each item of the work list leads. A feature imports no other feature, so these few addresses of the session and
 * agreement pages are written here (as the GALA alerts do); the router is the place they must agree with.
 */
export const sessionPath = (sessionId: string) => `/sessies/${sessionId}`;
export const versionPath = (agreementId: string, versionId: string) => `/afspraken/${agreementId}/versies/${versionId}`;
export const buildingTeamPath = (buildingTeamId: string) => `/bouwteams/${buildingTeamId}`;
export const planSessionPath = (buildingTeamId: string) => `/bouwteams/${buildingTeamId}/sessies/nieuw`;
export const guidelinesPath = (buildingTeamId: string) => `/bouwteams/${buildingTeamId}/registratierichtlijnen`;
export const insightPath = (buildingTeamId: string) => `/bouwteams/${buildingTeamId}/inzicht`;
export const learningGroupPath = (learningGroupId: string) => `/leergroepen/${learningGroupId}`;
export const regionPath = (regionId: string) => `/regio/${regionId}`;
