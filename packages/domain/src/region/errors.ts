export const RegionErrorCode = {
  NOT_FOUND: 'REGION_NOT_FOUND',
  NAME_TAKEN: 'REGION_NAME_TAKEN',
  NOT_A_MUNICIPALITY: 'REGION_NOT_A_MUNICIPALITY',
} as const;
export type RegionErrorCode = (typeof RegionErrorCode)[keyof typeof RegionErrorCode];

export class RegionError extends Error {
  constructor(
    readonly code: RegionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegionError';
  }
}
