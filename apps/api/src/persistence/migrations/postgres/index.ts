import { Init1795554829041 } from './1795554829041-Init.js';
import { PeopleAndAccess1795555403290 } from './1795555403290-PeopleAndAccess.js';
import { AccessLogImmutable1795555500000 } from './1795555500000-AccessLogImmutable.js';
import { CasesAndGuidelines1795556605448 } from './1795556605448-CasesAndGuidelines.js';
import { LessonsAndObstacles1795557272278 } from './1795557272278-LessonsAndObstacles.js';
import { IntervisionSessions1795557523366 } from './1795557523366-IntervisionSessions.js';
import { Agreements1795560142868 } from './1795560142868-Agreements.js';
import { AgreementContexts1796043491349 } from './1796043491349-AgreementContexts.js';
import { AgreementIterations1796043941619 } from './1796043941619-AgreementIterations.js';
import { AccessLogChain1796157624921 } from './1796157624921-AccessLogChain.js';
import { ApiTokenScopeAndExpiry1796157810922 } from './1796157810922-ApiTokenScopeAndExpiry.js';
import { LoginAttemptsAndKnownDevices1796157872361 } from './1796157872361-LoginAttemptsAndKnownDevices.js';
import { FourEyesAndPasswordResets1796157966817 } from './1796157966817-FourEyesAndPasswordResets.js';
import { AccessLogAppendOnlyGrants1796158771938 } from './1796158771938-AccessLogAppendOnlyGrants.js';
import { GalaPlansAndKnowledgeVouchers1796183794291 } from './1796183794291-GalaPlansAndKnowledgeVouchers.js';
import { CaseUnderlyingLifeDomains1796200000001 } from './1796200000001-CaseUnderlyingLifeDomains.js';
import { GalaDigestSubscriptions1796186791857 } from './1796186791857-GalaDigestSubscriptions.js';
import { GuidelineClauseLessons1796300000000 } from './1796300000000-GuidelineClauseLessons.js';
import { CaseListAndSearch1796600000000 } from './1796600000000-CaseListAndSearch.js';
import { LearningGroupsAsWorkingSpaces1796700000000 } from './1796700000000-LearningGroupsAsWorkingSpaces.js';
import { SessionContexts1796800000000 } from './1796800000000-SessionContexts.js';
import { GroupLessons1796800000001 } from './1796800000001-GroupLessons.js';
import { Measures1796400000000 } from './1796400000000-Measures.js';

/** PostgreSQL migrations in order; generated with `DATABASE_URL=… pnpm --filter @leerkring/api migration:generate <Name>`. */
export const postgresMigrations = [
  Init1795554829041,
  PeopleAndAccess1795555403290,
  AccessLogImmutable1795555500000,
  CasesAndGuidelines1795556605448,
  LessonsAndObstacles1795557272278,
  IntervisionSessions1795557523366,
  Agreements1795560142868,
  AgreementContexts1796043491349,
  AgreementIterations1796043941619,
  AccessLogChain1796157624921,
  ApiTokenScopeAndExpiry1796157810922,
  LoginAttemptsAndKnownDevices1796157872361,
  FourEyesAndPasswordResets1796157966817,
  AccessLogAppendOnlyGrants1796158771938,
  GalaPlansAndKnowledgeVouchers1796183794291,
  GalaDigestSubscriptions1796186791857,
  CaseUnderlyingLifeDomains1796200000001,
  GuidelineClauseLessons1796300000000,
  Measures1796400000000,
  CaseListAndSearch1796600000000,
  LearningGroupsAsWorkingSpaces1796700000000,
  SessionContexts1796800000000,
  GroupLessons1796800000001,
];
