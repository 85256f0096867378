import type { OperationId } from '@leerkring/domain';
import {
  all,
  signedIn,
  unique,
  caseWriters,
  scratchAgreement,
  scratchIteration,
  scratchMeasure,
  agreementReaders,
  demoVersion,
  type Probe,
} from './fixtures.js';

/**
 * Writers of the Oude IJsselstreek bouwteam's agreements. The coordinator writes the talking document of the learning
 * group they coordinate, so may write agreements somewhere: a bouwteam's agreement is another tenant's record, 404
 * (another region's coordinator, in no learning group, may write none: 403).
 */
const agreementWriters = (status: number) => ({ ...caseWriters(status), coordinator: 404, otherCoordinator: 403 });

/** The iteration the proposal row makes, shared by its params and body. */
let adaptedIteration = '';

/** The rows of agreements and their iterations. */
export const agreementRows = {
  // Agreements belong to the bouwteam's members; writing concepts is for partners and facilitators, a stance for partners
  // (of their organisation), putting in force for facilitators and coordinators of the bouwteam.
  listAgreements: { expect: { ...signedIn(200), admin: 403 } },
  getAgreement: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  createAgreement: {
    body: (f) => ({ context: { type: 'building-team', id: f.oudeIJsselstreek }, title: `Matrixafspraak ${unique()}` }),
    expect: agreementWriters(201),
  },
  updateAgreement: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: () => ({ scope: 'Uit de matrix.' }),
    expect: agreementWriters(200),
  },
  listAgreementVersions: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  getAgreementVersion: { params: demoVersion, expect: agreementReaders(200) },
  createAgreementVersion: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: () => ({}),
    expect: agreementWriters(201),
  },
  updateAgreementVersion: {
    params: (f) => scratchAgreement(f, 'concept'),
    headers: { 'if-match': '"1"' },
    body: () => ({ changelog: 'Uit de matrix.' }),
    expect: agreementWriters(200),
  },
  changeAgreementVersionStatus: {
    params: (f) => scratchAgreement(f, 'concept'),
    body: () => ({ status: 'proposed' }),
    expect: agreementWriters(200),
  },
  putAgreementVersionInForce: {
    params: (f) => scratchAgreement(f, 'beta'),
    body: () => ({ as: 'adopted', reviewDate: '2030-01-01' }),
    expect: { ...all(403), anonymous: 401, facilitator: 200, coordinator: 404 },
  },
  listAgreementConsents: { params: demoVersion, expect: agreementReaders(200) },
  createAgreementConsent: {
    params: (f) => scratchAgreement(f, 'proposed'),
    body: () => ({ stance: 'stand-aside' }),
    expect: { ...all(403), anonymous: 401, partner: 201, partner2: 201, outsider: 404 },
  },
  listAgreementClauseSources: {
    query: (f) => `?lessonId=${f.oudeIJsselstreekLesson}`,
    expect: { ...signedIn(200), admin: 403 },
  },
  getAgreementVersionHistory: { params: demoVersion, expect: agreementReaders(200) },
  listAgreementIterations: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  getAgreementIteration: { params: (f) => scratchIteration(f), expect: agreementReaders(200) },
  createAgreementIteration: {
    params: (f) => ({ agreementId: f.agreement }),
    body: (f) => ({ versionId: f.inForceVersion, title: `Iteratie ${unique()}`, question: 'Werkt het?' }),
    expect: agreementWriters(201),
  },
  updateAgreementIteration: {
    params: (f) => scratchIteration(f),
    body: () => ({ actions: 'Uit de matrix.' }),
    expect: agreementWriters(200),
  },
  createAgreementIterationProposal: {
    // The body names the iteration the params just made (params run first).
    params: async (f) => {
      const scratch = await scratchAgreement(f, 'adopted');
      adaptedIteration = (await scratchIteration(f, scratch, true)).iterationId;
      return { agreementId: scratch.agreementId };
    },
    body: () => ({
      iterationId: adaptedIteration,
      title: 'Uit de iteratie',
      text: 'We bellen binnen drie werkdagen terug.',
    }),
    expect: agreementWriters(201),
  },
  createAgreementLessonProposal: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: (f) => ({
      lessonId: f.oudeIJsselstreekLesson,
      title: 'Uit de les',
      text: 'We spreken een casusregisseur af.',
    }),
    expect: agreementWriters(201),
  },
  getAgreementVersionDiff: {
    params: demoVersion,
    query: (f) => `?against=${f.inForceVersion}`,
    expect: agreementReaders(200),
  },
  getAgreementVersionMarkdown: { params: demoVersion, expect: agreementReaders(200) },
  getAgreementVersionDocx: { params: demoVersion, expect: agreementReaders(200) },
  // The round of a version in force can no longer change: the stream answers it once and ends (an open one would not end here).
  getAgreementConsentEvents: {
    params: (f) => ({ agreementId: f.agreement, versionId: f.inForceVersion }),
    expect: agreementReaders(200),
  },
  // Measures are the agreement's: its readers read them, its writers change them; another bouwteam's member gets 404.
  listMeasures: { query: (f) => `?agreementId=${f.agreement}`, expect: agreementReaders(200) },
  getMeasure: {
    params: async (f) => ({ measureId: (await scratchMeasure(f)).measureId }),
    expect: agreementReaders(200),
  },
  createMeasure: {
    body: (f) => ({
      agreementId: f.agreement,
      name: `Maat ${unique()}`,
      definition: 'Aantal dagen tot terugbellen.',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      baselineStart: '2026-01-01',
      baselineEnd: '2026-03-31',
    }),
    expect: agreementWriters(201),
  },
  updateMeasure: {
    params: async (f) => ({ measureId: (await scratchMeasure(f)).measureId }),
    body: () => ({ unit: 'werkdagen' }),
    expect: agreementWriters(200),
  },
  deleteMeasure: {
    params: async (f) => ({ measureId: (await scratchMeasure(f)).measureId }),
    expect: agreementWriters(204),
  },
  createMeasurePoint: {
    params: async (f) => ({ measureId: (await scratchMeasure(f)).measureId }),
    body: () => ({ date: '2026-01-12', value: 2 }),
    expect: agreementWriters(200),
  },
  updateMeasurePoint: { params: scratchMeasure, body: () => ({ value: 4 }), expect: agreementWriters(200) },
  deleteMeasurePoint: { params: scratchMeasure, expect: agreementWriters(204) },
  importMeasurePoints: {
    params: async (f) => ({ measureId: (await scratchMeasure(f)).measureId }),
    body: () => ({ csv: 'datum;waarde\n2026-01-12;2', dryRun: false }),
    expect: agreementWriters(200),
  },
} satisfies Partial<Record<OperationId, Probe>>;
