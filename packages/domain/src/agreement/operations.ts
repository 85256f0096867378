import { defineOperation } from '../api/operation.js';
import {
  AgreementCreateSchema,
  AgreementDiffQuerySchema,
  AgreementDiffSchema,
  AgreementIdParamsSchema,
  AgreementListQuerySchema,
  AgreementPageSchema,
  AgreementSchema,
  AgreementIterationProposalSchema,
  AgreementLessonProposalSchema,
  AgreementUpdateSchema,
  AgreementVersionCreateSchema,
  AgreementVersionHistorySchema,
  ClauseSourcePageSchema,
  ClauseSourceQuerySchema,
  AgreementVersionInForceSchema,
  AgreementVersionListSchema,
  AgreementVersionParamsSchema,
  AgreementVersionSchema,
  AgreementVersionStatusChangeSchema,
  AgreementVersionUpdateSchema,
  ConsentCreateSchema,
  ConsentRoundSchema,
} from './schema.js';

const tag = 'Agreements';
const purpose = 'Samenwerkingsafspraken van het bouwteam bijhouden';

export const listAgreements = defineOperation({
  operationId: 'listAgreements',
  method: 'GET',
  path: '/agreements',
  summary: 'List agreements',
  description: "Agreements of the caller's bouwteams, with the version in force and the latest version.",
  tag,
  query: AgreementListQuerySchema,
  success: { status: 200, description: 'A page of agreements.', schema: AgreementPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreement = defineOperation({
  operationId: 'getAgreement',
  method: 'GET',
  path: '/agreements/{agreementId}',
  summary: 'Get an agreement',
  tag,
  params: AgreementIdParamsSchema,
  success: { status: 200, description: 'The agreement.', schema: AgreementSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createAgreement = defineOperation({
  operationId: 'createAgreement',
  method: 'POST',
  path: '/agreements',
  summary: 'Start an agreement',
  description:
    'Starts an agreement for a bouwteam with its decision rule; the clauses given become concept 0.1. Free text passes the privacy guard.',
  tag,
  body: AgreementCreateSchema,
  success: { status: 201, description: 'The agreement as stored.', schema: AgreementSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const updateAgreement = defineOperation({
  operationId: 'updateAgreement',
  method: 'PATCH',
  path: '/agreements/{agreementId}',
  summary: 'Change an agreement',
  description:
    'Its title, scope or decision rule; the rule does not change while a version is being consented on (409). Free text passes the privacy guard.',
  tag,
  params: AgreementIdParamsSchema,
  body: AgreementUpdateSchema,
  success: { status: 200, description: 'The agreement as stored.', schema: AgreementSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const listAgreementVersions = defineOperation({
  operationId: 'listAgreementVersions',
  method: 'GET',
  path: '/agreements/{agreementId}/versions',
  summary: 'List the versions of an agreement',
  tag,
  params: AgreementIdParamsSchema,
  success: { status: 200, description: 'Every version, newest first.', schema: AgreementVersionListSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreementVersion = defineOperation({
  operationId: 'getAgreementVersion',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}',
  summary: 'Get a version of an agreement',
  description: 'Answers an `ETag` (`"<revision>"`) to send back as `If-Match` when changing a concept.',
  tag,
  params: AgreementVersionParamsSchema,
  success: { status: 200, description: 'The version.', schema: AgreementVersionSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createAgreementVersion = defineOperation({
  operationId: 'createAgreementVersion',
  method: 'POST',
  path: '/agreements/{agreementId}/versions',
  summary: 'Start a new concept',
  description:
    'A new concept as a copy of the version in force (or the latest version when none is). Refused with 409 while a concept or proposal is open.',
  tag,
  params: AgreementIdParamsSchema,
  body: AgreementVersionCreateSchema,
  success: { status: 201, description: 'The concept.', schema: AgreementVersionSchema, location: true },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const updateAgreementVersion = defineOperation({
  operationId: 'updateAgreementVersion',
  method: 'PATCH',
  path: '/agreements/{agreementId}/versions/{versionId}',
  summary: "Change a concept's text",
  description:
    'Requires `If-Match` with the ETag last read. When the concept changed since, answers 412 with the current version in ' +
    '`current` and its ETag, and changes nothing. Only concepts change (409 otherwise).',
  tag,
  params: AgreementVersionParamsSchema,
  body: AgreementVersionUpdateSchema,
  success: { status: 200, description: 'The version as stored, with its new ETag.', schema: AgreementVersionSchema },
  errors: [401, 403, 404, 409, 412, 413, 415, 422, 428],
  access: { permission: 'agreement:write' },
  purpose,
});

export const changeAgreementVersionStatus = defineOperation({
  operationId: 'changeAgreementVersionStatus',
  method: 'POST',
  path: '/agreements/{agreementId}/versions/{versionId}/status-changes',
  summary: 'Propose, take back or withdraw a version',
  description:
    'Proposing a concept opens a new consent round; a proposal taken back to concept can be changed and proposed again.',
  tag,
  params: AgreementVersionParamsSchema,
  body: AgreementVersionStatusChangeSchema,
  success: { status: 200, description: 'The version as stored.', schema: AgreementVersionSchema },
  errors: [401, 403, 404, 409, 413, 415],
  access: { permission: 'agreement:write' },
  purpose,
});

export const putAgreementVersionInForce = defineOperation({
  operationId: 'putAgreementVersionInForce',
  method: 'POST',
  path: '/agreements/{agreementId}/versions/{versionId}/in-force',
  summary: 'Put a version in force',
  description:
    'A facilitator or coordinator puts a proposal whose decision rule is met in force, as beta or adopted, with a review date; ' +
    'the version in force until then is superseded in the same transaction. A beta can be adopted later the same way.',
  tag,
  params: AgreementVersionParamsSchema,
  body: AgreementVersionInForceSchema,
  success: { status: 200, description: 'The version now in force.', schema: AgreementVersionSchema },
  errors: [401, 403, 404, 409, 413, 415],
  access: { permission: 'agreement:put-in-force' },
  purpose,
});

export const listAgreementConsents = defineOperation({
  operationId: 'listAgreementConsents',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/consents',
  summary: 'Get the consent round of a version',
  tag,
  params: AgreementVersionParamsSchema,
  success: {
    status: 200,
    description: 'The tally under the decision rule, and every stance given.',
    schema: ConsentRoundSchema,
  },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createAgreementConsent = defineOperation({
  operationId: 'createAgreementConsent',
  method: 'POST',
  path: '/agreements/{agreementId}/versions/{versionId}/consents',
  summary: "Give your organisation's stance",
  description:
    'Consent, object (with a reason) or stand aside, for the organisation of the partner calling; changeable until the round closes.',
  tag,
  params: AgreementVersionParamsSchema,
  body: ConsentCreateSchema,
  success: { status: 201, description: 'The round with the new stance.', schema: ConsentRoundSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:consent' },
  purpose,
});

export const getAgreementVersionDiff = defineOperation({
  operationId: 'getAgreementVersionDiff',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/diff',
  summary: 'Compare two versions',
  description: 'Per clause added, removed, changed (word by word) or moved, from the version `against` to this one.',
  tag,
  params: AgreementVersionParamsSchema,
  query: AgreementDiffQuerySchema,
  success: { status: 200, description: 'The differences.', schema: AgreementDiffSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreementVersionHistory = defineOperation({
  operationId: 'getAgreementVersionHistory',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/history',
  summary: 'Get the history of a version',
  description:
    'Who changed what and when: every edit (with the clauses it touched) and every status change, oldest first.',
  tag,
  params: AgreementVersionParamsSchema,
  success: { status: 200, description: 'Every change, oldest first.', schema: AgreementVersionHistorySchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const listAgreementClauseSources = defineOperation({
  operationId: 'listAgreementClauseSources',
  method: 'GET',
  path: '/agreement-clauses',
  summary: 'Find the clauses a lesson or case changed',
  description:
    'The leerlijn backwards: every clause of every version (of agreements the caller may read) that came from the lesson, from a lesson about the case, or that answers the iteration.',
  tag,
  query: ClauseSourceQuerySchema,
  success: {
    status: 200,
    description: 'A page of clauses with their version, newest version first.',
    schema: ClauseSourcePageSchema,
    paged: true,
  },
  errors: [401, 403],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createAgreementLessonProposal = defineOperation({
  operationId: 'createAgreementLessonProposal',
  method: 'POST',
  path: '/agreements/{agreementId}/lesson-proposals',
  summary: 'Turn a lesson into a proposed clause change',
  description:
    'One step from lesson to agreement: the clause (new, or an existing one changed) goes into the open concept, or into a new concept copied from the version in force, linked to the lesson, with a changelog line. 409 while a proposal is being consented on.',
  tag,
  params: AgreementIdParamsSchema,
  body: AgreementLessonProposalSchema,
  success: {
    status: 201,
    description: 'The concept with the change; `Location` names the version.',
    schema: AgreementVersionSchema,
  },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const createAgreementIterationProposal = defineOperation({
  operationId: 'createAgreementIterationProposal',
  method: 'POST',
  path: '/agreements/{agreementId}/iteration-proposals',
  summary: 'Turn an iteration decided "adapt" into a proposed clause change',
  description:
    'One step from what was learned in practice to the agreement: the clause (new, or an existing one changed) goes into the open concept, or into a new concept copied from the version in force, naming the iteration it answers, with a changelog line. 409 while a proposal is being consented on.',
  tag,
  params: AgreementIdParamsSchema,
  body: AgreementIterationProposalSchema,
  success: {
    status: 201,
    description: 'The concept with the change; `Location` names the version.',
    schema: AgreementVersionSchema,
  },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const getAgreementVersionMarkdown = defineOperation({
  operationId: 'getAgreementVersionMarkdown',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/markdown',
  summary: 'Export a version as Markdown',
  description: 'The clauses, the changelog, the lessons they came from and the consent result, as a Markdown document.',
  tag,
  params: AgreementVersionParamsSchema,
  success: { status: 200, description: 'The version as Markdown.', mediaType: 'text/markdown' },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreementVersionDocx = defineOperation({
  operationId: 'getAgreementVersionDocx',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/docx',
  summary: 'Export a version as a Word document',
  description: 'The clauses, the changelog, the lessons they came from and the consent result, as a .docx file.',
  tag,
  params: AgreementVersionParamsSchema,
  success: {
    status: 200,
    description: 'The version as a .docx file.',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreementConsentEvents = defineOperation({
  operationId: 'getAgreementConsentEvents',
  method: 'GET',
  path: '/agreements/{agreementId}/versions/{versionId}/consent-events',
  summary: 'Follow the consent round live',
  description:
    'Server-sent events: a `round` event with the ConsentRound now, and again after every stance and status change. ' +
    'The stream ends when the caller may no longer read the agreement, signs out, or after 30 minutes (reconnect); a sign-in ' +
    'follows at most 3 rounds at once and a person 10 streams in all (429 with Retry-After beyond).',
  tag,
  params: AgreementVersionParamsSchema,
  success: { status: 200, description: 'A stream of ConsentRound objects.', mediaType: 'text/event-stream' },
  errors: [401, 403, 404, 429],
  access: { permission: 'agreement:read' },
  purpose,
});
