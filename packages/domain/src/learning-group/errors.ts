export const LearningGroupErrorCode = {
  NOT_FOUND: 'LEARNING_GROUP_NOT_FOUND',
  FORBIDDEN: 'LEARNING_GROUP_FORBIDDEN',
  NAME_TAKEN: 'LEARNING_GROUP_NAME_TAKEN',
  REGION_NOT_FOUND: 'LEARNING_GROUP_REGION_NOT_FOUND',
  INVALID_PERIOD: 'LEARNING_GROUP_INVALID_PERIOD',
  REGION_STILL_REPRESENTED: 'LEARNING_GROUP_REGION_STILL_REPRESENTED',
  MEMBER_REGION: 'LEARNING_GROUP_MEMBER_REGION',
  MEMBER_NOT_FOUND: 'LEARNING_GROUP_MEMBER_NOT_FOUND',
  PERSON_NOT_FOUND: 'LEARNING_GROUP_PERSON_NOT_FOUND',
  DUPLICATE_MEMBER: 'LEARNING_GROUP_DUPLICATE_MEMBER',
} as const;
export type LearningGroupErrorCode = (typeof LearningGroupErrorCode)[keyof typeof LearningGroupErrorCode];

export class LearningGroupError extends Error {
  constructor(
    readonly code: LearningGroupErrorCode,
    message: string,
    readonly invalidParams: { name: string; reason: string }[] = [],
  ) {
    super(message);
    this.name = 'LearningGroupError';
  }
}
