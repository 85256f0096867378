import {
  AgreementConsentEntity,
  AgreementEntity,
  AgreementVersionChangeEntity,
  AgreementVersionEntity,
} from '../agreements/agreement.entity.js';
import { IterationEntity } from '../agreements/iteration.entity.js';
import { MeasureEntity, MeasurePointEntity } from '../measures/measure.entity.js';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { KnownDeviceEntity } from '../auth/known-device.entity.js';
import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { CaseChangeEntity } from '../cases/case-change.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { GuidelineClauseLessonEntity } from '../registration-guidelines/guideline-clause-lesson.entity.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { GroupLessonEntity } from '../lessons/group-lesson.entity.js';
import { SystemObstacleEntity } from '../lessons/system-obstacle.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { IntervisionActionEntity } from '../intervision/intervision-action.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from '../intervision/session-text.entity.js';
import { PasswordResetTokenEntity } from '../password-resets/password-reset-token.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { GalaDigestSubscriptionEntity } from '../gala-digest/gala-digest-subscription.entity.js';
import { GalaPlanEntity } from '../gala/gala-plan.entity.js';
import { GalaTaxonomyItemEntity } from '../gala/gala-taxonomy-item.entity.js';
import {
  KnowledgeVoucherEntity,
  KnowledgeVoucherLessonEntity,
} from '../knowledge-vouchers/knowledge-voucher.entity.js';

/** Every entity; each feature adds its own here. */
export const entities = [
  OrganisationEntity,
  RegionEntity,
  BuildingTeamEntity,
  LearningGroupEntity,
  PersonEntity,
  MembershipEntity,
  AuthSessionEntity,
  ApiTokenEntity,
  LoginAttemptEntity,
  KnownDeviceEntity,
  PasswordResetTokenEntity,
  AccessLogEntryEntity,
  RegistrationGuidelineEntity,
  GuidelineClauseLessonEntity,
  CaseEntity,
  CaseChangeEntity,
  LessonEntity,
  GroupLessonEntity,
  SystemObstacleEntity,
  IntervisionMethodEntity,
  IntervisionSessionEntity,
  IntervisionInputEntity,
  IntervisionNoteEntity,
  IntervisionActionEntity,
  AgreementEntity,
  AgreementVersionEntity,
  IterationEntity,
  MeasureEntity,
  MeasurePointEntity,
  AgreementConsentEntity,
  AgreementVersionChangeEntity,
  GalaTaxonomyItemEntity,
  GalaPlanEntity,
  KnowledgeVoucherEntity,
  KnowledgeVoucherLessonEntity,
  GalaDigestSubscriptionEntity,
];
