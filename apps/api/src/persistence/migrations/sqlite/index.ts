import { Init1795554813219 } from './1795554813219-Init.js';
import { PeopleAndAccess1795555401888 } from './1795555401888-PeopleAndAccess.js';
import { AccessLogImmutable1795555500000 } from './1795555500000-AccessLogImmutable.js';
import { CasesAndGuidelines1795556599613 } from './1795556599613-CasesAndGuidelines.js';
import { LessonsAndObstacles1795557269633 } from './1795557269633-LessonsAndObstacles.js';
import { IntervisionSessions1795557520859 } from './1795557520859-IntervisionSessions.js';
import { Agreements1795560141250 } from './1795560141250-Agreements.js';
import { AgreementContexts1796043490872 } from './1796043490872-AgreementContexts.js';
import { AgreementIterations1796043966246 } from './1796043966246-AgreementIterations.js';
import { AccessLogChain1796157619831 } from './1796157619831-AccessLogChain.js';
import { ApiTokenScopeAndExpiry1796157797597 } from './1796157797597-ApiTokenScopeAndExpiry.js';
import { LoginAttemptsAndKnownDevices1796157851125 } from './1796157851125-LoginAttemptsAndKnownDevices.js';
import { FourEyesAndPasswordResets1796157941333 } from './1796157941333-FourEyesAndPasswordResets.js';
import { GalaPlansAndKnowledgeVouchers1796183790816 } from './1796183790816-GalaPlansAndKnowledgeVouchers.js';
import { CaseUnderlyingLifeDomains1796200000001 } from './1796200000001-CaseUnderlyingLifeDomains.js';
import { GalaDigestSubscriptions1796186784509 } from './1796186784509-GalaDigestSubscriptions.js';
import { GuidelineClauseLessons1796300000000 } from './1796300000000-GuidelineClauseLessons.js';
import { CaseListAndSearch1796600000000 } from './1796600000000-CaseListAndSearch.js';
import { LearningGroupsAsWorkingSpaces1796700000000 } from './1796700000000-LearningGroupsAsWorkingSpaces.js';
import { SessionContexts1796800000000 } from './1796800000000-SessionContexts.js';
import { GroupLessons1796800000001 } from './1796800000001-GroupLessons.js';
import { Measures1796400000000 } from './1796400000000-Measures.js';

/** SQLite migrations in order; generated with `pnpm --filter @leerkring/api migration:generate <Name>`. */
export const sqliteMigrations = [
  Init1795554813219,
  PeopleAndAccess1795555401888,
  AccessLogImmutable1795555500000,
  CasesAndGuidelines1795556599613,
  LessonsAndObstacles1795557269633,
  IntervisionSessions1795557520859,
  Agreements1795560141250,
  AgreementContexts1796043490872,
  AgreementIterations1796043966246,
  AccessLogChain1796157619831,
  ApiTokenScopeAndExpiry1796157797597,
  LoginAttemptsAndKnownDevices1796157851125,
  FourEyesAndPasswordResets1796157941333,
  GalaPlansAndKnowledgeVouchers1796183790816,
  GalaDigestSubscriptions1796186784509,
  CaseUnderlyingLifeDomains1796200000001,
  GuidelineClauseLessons1796300000000,
  Measures1796400000000,
  CaseListAndSearch1796600000000,
  LearningGroupsAsWorkingSpaces1796700000000,
  SessionContexts1796800000000,
  GroupLessons1796800000001,
];
