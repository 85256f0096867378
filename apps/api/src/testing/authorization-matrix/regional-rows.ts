import type { OperationId } from '@leerkring/domain';
import { GalaPlanEntity } from '../../gala/gala-plan.entity.js';
import { GalaTaxonomyItemEntity } from '../../gala/gala-taxonomy-item.entity.js';
import { KnowledgeVoucherEntity } from '../../knowledge-vouchers/knowledge-voucher.entity.js';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import {
  adminOnly,
  personId,
  personas,
  signedIn,
  unique,
  type Fixtures,
  type Persona,
  type Probe,
} from './fixtures.js';

/**
 * GALA plans and knowledge vouchers are the region's: only its coordinator reads and writes plans; another region's
 * coordinator and every role holder without the right get 404 (an empty list), the administrator (no role) 403.
 * The network's partners (partner@, partner2@ of Oude IJsselstreek) read its vouchers and evaluate them.
 */
const regional = (status: number, extra: Partial<Record<Persona, number>> = {}): Probe['expect'] => ({
  ...signedIn(404),
  admin: 403,
  coordinator: status,
  otherCoordinator: 404,
  ...extra,
});
const lists = { ...signedIn(200), admin: 403 };

/**
 * A plan made per cell, so each cell changes revision 1; of a municipality made for it, as the database holds one plan
 * per municipality and period (the plan need not be of a municipality of the region for a change).
 */
const scratchPlan = async (f: Fixtures) => {
  const author = await personId(f, personas.coordinator);
  const municipality = await f.test.dataSource
    .getRepository(OrganisationEntity)
    .save({ name: `Gemeente Matrix ${unique()}`, type: 'gemeente', kvkNumber: null, oin: null });
  const plan = await f.test.dataSource.getRepository(GalaPlanEntity).save({
    regionId: f.achterhoek,
    municipalityId: municipality.id,
    startYear: 2023,
    endYear: 2026,
    goals: [],
    chainApproaches: [],
    actions: [],
    budget: [],
    partnerIds: [],
    milestones: [],
    progressNotes: [],
    revision: 1,
    createdById: author,
    updatedById: author,
  });
  return { planId: plan.id };
};

/** A voucher of the Oude IJsselstreek network per cell, in the given status. */
const scratchVoucher = async (f: Fixtures, status: 'requested' | 'completed') => {
  const voucher = await f.test.dataSource.getRepository(KnowledgeVoucherEntity).save({
    regionId: f.achterhoek,
    networkId: f.oudeIJsselstreek,
    question: 'Hoe betrekken we bewoners bij de wijkaanpak?',
    expertise: 'Bewonersparticipatie',
    status,
    expertName: status === 'requested' ? null : 'Expert Matrix',
    expertOrganisationId: null,
    quarterHoursGranted: status === 'requested' ? null : 32,
    quarterHoursUsed: status === 'requested' ? 0 : 24,
    amountGrantedCents: status === 'requested' ? null : 100_000,
    amountUsedCents: status === 'requested' ? 0 : 75_000,
    requestedOn: '2025-01-06',
    grantedOn: status === 'requested' ? null : '2025-01-20',
    expiresOn: status === 'requested' ? null : '2026-01-20',
    startedOn: status === 'requested' ? null : '2025-02-01',
    completedOn: status === 'requested' ? null : '2025-03-01',
    rejectionReason: null,
    evaluationBenefit: null,
    evaluationScore: null,
    evaluatedOn: null,
    evaluatedById: null,
    createdById: await personId(f, personas.coordinator),
  });
  return { voucherId: voucher.id };
};

const demoPlan = async (f: Fixtures) =>
  (await f.test.dataSource.getRepository(GalaPlanEntity).findOneByOrFail({ regionId: f.achterhoek })).id;
const demoVoucher = async (f: Fixtures) =>
  (await f.test.dataSource.getRepository(KnowledgeVoucherEntity).findOneByOrFail({ networkId: f.oudeIJsselstreek })).id;

export const regionalRows = {
  listGalaPlans: { expect: lists },
  getGalaPlan: { params: async (f) => ({ planId: await demoPlan(f) }), expect: regional(200) },
  createGalaPlan: {
    // The region as a whole: the demo has plans of municipalities only, and only the coordinator's cell stores one.
    body: (f) => ({ regionId: f.achterhoek, municipalityId: null, goals: ['social-basis'] }),
    expect: regional(201),
  },
  updateGalaPlan: {
    params: scratchPlan,
    headers: { 'if-match': '"1"' },
    body: () => ({ goals: ['vital-ageing'] }),
    expect: regional(200),
  },
  getGalaDashboard: { params: (f) => ({ regionId: f.achterhoek }), query: '?year=2025', expect: regional(200) },
  listGalaAlerts: { expect: lists },
  listGalaTaxonomy: { params: () => ({ kind: 'goal' }), expect: signedIn(200) },
  createGalaTaxonomyItem: {
    params: () => ({ kind: 'chain-approach' }),
    body: () => ({ code: `matrix-${unique()}`, label: { nl: 'Matrixaanpak', en: 'Matrix approach' } }),
    expect: adminOnly(201),
  },
  updateGalaTaxonomyItem: {
    params: async (f) => {
      const code = `matrix-${unique()}`;
      await f.test.dataSource.getRepository(GalaTaxonomyItemEntity).save({
        kind: 'goal',
        code,
        label: { nl: 'Matrixdoel', en: 'Matrix goal' },
        position: 100,
        retiredAt: null,
      });
      return { kind: 'goal', code };
    },
    body: () => ({ retired: true }),
    expect: adminOnly(200),
  },
  listKnowledgeVouchers: { expect: lists },
  getKnowledgeVoucher: {
    params: async (f) => ({ voucherId: await demoVoucher(f) }),
    expect: regional(200, { partner: 200, partner2: 200 }),
  },
  createKnowledgeVoucher: {
    body: (f) => ({
      regionId: f.achterhoek,
      networkId: f.oudeIJsselstreek,
      question: 'Hoe maken we de financiering structureel?',
      expertise: 'Structurele financiering',
    }),
    expect: regional(201),
  },
  transitionKnowledgeVoucher: {
    params: (f) => scratchVoucher(f, 'requested'),
    body: () => ({ to: 'rejected', reason: 'Past niet binnen de regeling.' }),
    expect: regional(200, { partner: 403, partner2: 403 }),
  },
  evaluateKnowledgeVoucher: {
    params: (f) => scratchVoucher(f, 'completed'),
    body: () => ({ benefit: 'Het gaf ons een gedeelde taal en een plan.', score: 4 }),
    expect: regional(200, { partner: 200, partner2: 200 }),
  },
  // Only coordinators request vouchers, so only they list the networks to request for; partners get 404.
  listVoucherNetworks: { params: (f) => ({ regionId: f.achterhoek }), expect: regional(200) },
} satisfies Partial<Record<OperationId, Probe>>;
