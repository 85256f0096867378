import {
  AgreementError,
  IterationError,
  MeasureError,
  AuthError,
  BuildingTeamError,
  CaseError,
  GuidelineError,
  IntervisionError,
  LessonError,
  SystemObstacleError,
  MembershipError,
  OrganisationError,
  PersonError,
  PasswordResetError,
  RegionError,
  GalaPlanError,
  GalaSpreadsheetError,
  KnowledgeVoucherError,
  InsightError,
  LearningGroupError,
} from '@leerkring/domain';

const featureErrors = [
  OrganisationError,
  RegionError,
  BuildingTeamError,
  PersonError,
  MembershipError,
  PasswordResetError,
  AuthError,
  CaseError,
  GuidelineError,
  LessonError,
  SystemObstacleError,
  IntervisionError,
  AgreementError,
  IterationError,
  MeasureError,
  GalaPlanError,
  GalaSpreadsheetError,
  KnowledgeVoucherError,
  InsightError,
  LearningGroupError,
] as const;
export type FeatureError = InstanceType<(typeof featureErrors)[number]>;
type FeatureErrorCode = FeatureError['code'];

export function isFeatureError(error: unknown): error is FeatureError {
  return featureErrors.some((errorClass) => error instanceof errorClass);
}

/** One place maps every feature error code to its HTTP status; a new code without a status does not compile. */
export function statusOfFeatureError(code: FeatureErrorCode): number {
  switch (code) {
    case 'ORGANISATION_NOT_FOUND':
    case 'REGION_NOT_FOUND':
    case 'BUILDING_TEAM_NOT_FOUND':
    case 'PERSON_NOT_FOUND':
    case 'MEMBERSHIP_NOT_FOUND':
    case 'AUTH_TOKEN_NOT_FOUND':
    case 'AUTH_SSO_DISABLED':
    case 'CASE_NOT_FOUND':
    case 'GUIDELINE_NOT_FOUND':
    case 'LESSON_NOT_FOUND':
    case 'LESSON_GROUP_NOT_FOUND':
    case 'SYSTEM_OBSTACLE_NOT_FOUND':
      return 404;
    case 'BUILDING_TEAM_NOT_A_MUNICIPALITY':
    case 'BUILDING_TEAM_PARTNER_NOT_FOUND':
    case 'LESSON_LINK_NOT_FOUND':
    case 'LESSON_IDENTIFIER_FOUND':
    case 'SYSTEM_OBSTACLE_CASE_NOT_FOUND':
    case 'SYSTEM_OBSTACLE_IDENTIFIER_FOUND':
    case 'GUIDELINE_IDENTIFIER_FOUND':
    case 'GUIDELINE_LESSON_NOT_FOUND':
      return 422;
    case 'GUIDELINE_NOT_A_CONCEPT':
    case 'LESSON_ALREADY_SHARED':
      return 409;
    case 'INSIGHT_DIFFERENCING':
    case 'CASE_FIELD_NOT_RECORDED':
    case 'CASE_FIELD_REQUIRED':
    case 'CASE_IDENTIFIER_FOUND':
    case 'CASE_NO_GUIDELINE':
    case 'CASE_ORGANISATION_NOT_FOUND':
      return 422;
    case 'ORGANISATION_NAME_TAKEN':
    case 'REGION_NAME_TAKEN':
    case 'PERSON_EMAIL_TAKEN':
    case 'MEMBERSHIP_DUPLICATE':
      return 409;
    case 'REGION_NOT_A_MUNICIPALITY':
    case 'PERSON_ORGANISATION_NOT_FOUND':
    case 'PERSON_LAST_ADMIN':
    case 'MEMBERSHIP_PERSON_NOT_FOUND':
    case 'MEMBERSHIP_CONTEXT_NOT_FOUND':
      return 422;
    case 'AUTH_INVALID_CREDENTIALS':
    case 'AUTH_NOT_SIGNED_IN':
    case 'AUTH_SESSION_EXPIRED':
    case 'AUTH_TOKEN_EXPIRED':
    case 'AUTH_SSO_FAILED':
      return 401;
    case 'AUTH_CSRF_MISSING':
    case 'AUTH_FORBIDDEN':
    case 'MEMBERSHIP_SELF_GRANT':
    case 'MEMBERSHIP_OWN_DECISION':
    case 'AUTH_TOKEN_READ_ONLY':
    case 'AUTH_SESSION_REQUIRED':
      return 403;
    case 'MEMBERSHIP_NOT_PENDING':
      return 409;
    case 'PASSWORD_RESET_LINK_INVALID':
    case 'PASSWORD_RESET_PERSON_INACTIVE':
      return 422;
    case 'PASSWORD_RESET_MAIL_FAILED':
      return 503;
    case 'AUTH_TOO_MANY_ATTEMPTS':
    case 'AUTH_TOO_MANY_STREAMS':
      return 429;
    case 'AUTH_BUSY':
      return 503;
    case 'INTERVISION_METHOD_NOT_FOUND':
    case 'INTERVISION_SESSION_NOT_FOUND':
    case 'INTERVISION_ACTION_NOT_FOUND':
    case 'INTERVISION_BUILDING_TEAM_NOT_FOUND':
    case 'INTERVISION_LEARNING_GROUP_NOT_FOUND':
      return 404;
    case 'INTERVISION_SESSION_ROLE':
      return 403;
    case 'INTERVISION_METHOD_CODE_TAKEN':
    case 'INTERVISION_SESSION_STATE':
      return 409;
    case 'INTERVISION_IDENTIFIER_FOUND':
    case 'INTERVISION_INVALID_REFERENCE':
      return 422;
    case 'AGREEMENT_NOT_FOUND':
    case 'AGREEMENT_VERSION_NOT_FOUND':
      return 404;
    case 'AGREEMENT_STALE_REVISION':
      return 412;
    case 'AGREEMENT_PRECONDITION_REQUIRED':
      return 428;
    case 'AGREEMENT_NOT_A_CONCEPT':
    case 'AGREEMENT_INVALID_TRANSITION':
    case 'AGREEMENT_CONCEPT_EXISTS':
    case 'AGREEMENT_ROUND_CLOSED':
    case 'AGREEMENT_ROUND_OPEN':
    case 'AGREEMENT_NOT_DECIDED':
      return 409;
    case 'AGREEMENT_NOT_A_PARTNER':
      return 403;
    case 'AGREEMENT_IDENTIFIER_FOUND':
    case 'AGREEMENT_LESSON_NOT_FOUND':
    case 'AGREEMENT_LESSON_NOT_FOR_AGREEMENT':
    case 'AGREEMENT_ITERATION_NOT_FOUND':
    case 'AGREEMENT_ITERATION_NOT_ADAPT':
    case 'AGREEMENT_CLAUSE_NOT_FOUND':
      return 422;
    case 'ITERATION_NOT_FOUND':
      return 404;
    case 'ITERATION_CLOSED':
      return 409;
    case 'ITERATION_INVALID_CHANGE':
    case 'ITERATION_INVALID_REFERENCE':
    case 'ITERATION_IDENTIFIER_FOUND':
      return 422;
    case 'MEASURE_NOT_FOUND':
    case 'MEASURE_POINT_NOT_FOUND':
      return 404;
    case 'MEASURE_INVALID_REFERENCE':
    case 'MEASURE_INVALID_PERIOD':
    case 'MEASURE_INVALID_POINT':
    case 'MEASURE_INVALID_IMPORT':
    case 'MEASURE_IDENTIFIER_FOUND':
      return 422;
    case 'GALA_PLAN_NOT_FOUND':
    case 'GALA_REGION_NOT_FOUND':
    case 'GALA_TAXONOMY_ITEM_NOT_FOUND':
    case 'KNOWLEDGE_VOUCHER_NOT_FOUND':
      return 404;
    case 'GALA_PLAN_STALE_REVISION':
      return 412;
    case 'GALA_PLAN_PRECONDITION_REQUIRED':
      return 428;
    case 'GALA_TAXONOMY_CODE_TAKEN':
    case 'GALA_IMPORT_CONFLICT':
    case 'KNOWLEDGE_VOUCHER_INVALID_TRANSITION':
      return 409;
    case 'GALA_PLAN_RULE_VIOLATED':
    case 'GALA_PLAN_NOT_IN_REGION':
    case 'GALA_PLAN_ORGANISATION_NOT_FOUND':
    case 'KNOWLEDGE_VOUCHER_RULE_VIOLATED':
    case 'KNOWLEDGE_VOUCHER_NETWORK_NOT_IN_REGION':
    case 'KNOWLEDGE_VOUCHER_ORGANISATION_NOT_FOUND':
    case 'KNOWLEDGE_VOUCHER_LESSON_NOT_FOUND':
    case 'GALA_IMPORT_INVALID':
      return 422;
    case 'LEARNING_GROUP_NOT_FOUND':
    case 'LEARNING_GROUP_MEMBER_NOT_FOUND':
      return 404;
    case 'LEARNING_GROUP_FORBIDDEN':
      return 403;
    case 'LEARNING_GROUP_NAME_TAKEN':
    case 'LEARNING_GROUP_DUPLICATE_MEMBER':
    case 'LEARNING_GROUP_REGION_STILL_REPRESENTED':
      return 409;
    case 'LEARNING_GROUP_REGION_NOT_FOUND':
    case 'LEARNING_GROUP_INVALID_PERIOD':
    case 'LEARNING_GROUP_MEMBER_REGION':
    case 'LEARNING_GROUP_PERSON_NOT_FOUND':
      return 422;
    default: {
      const unmapped: never = code;
      throw new Error(`No HTTP status for ${String(unmapped)}`);
    }
  }
}
