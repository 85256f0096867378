/** Where a bouwteam's guideline versions live in the app. */
export const guidelinesPath = (buildingTeamId: string) => `/bouwteams/${buildingTeamId}/registratierichtlijnen`;
export const versionPath = (buildingTeamId: string, guidelineId: string) =>
  `${guidelinesPath(buildingTeamId)}/${guidelineId}`;

/** A long text cut to a line for a list, with an ellipsis. */
export const shortened = (text: string, length = 140) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
