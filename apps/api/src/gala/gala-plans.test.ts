import { GalaPlanSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { GalaPlanEntity } from './gala-plan.entity.js';
import { GalaPlansRepository } from './gala-plans.repository.js';

describe('GALA plans', () => {
  let test: TestApp;
  let coordinator: TestSession;
  let achterhoek: string;
  const municipality: Record<string, string> = {};
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
    for (const name of ['Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Maastricht', 'Oost Gelre'])
      municipality[name] = (
        await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: `Gemeente ${name}` })
      ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const plans = () => test.dataSource.getRepository(GalaPlanEntity).count();
  const create = (payload: Record<string, unknown>, session = coordinator) =>
    session.request({ method: 'POST', url: '/api/v1/gala-plans', payload: { regionId: achterhoek, ...payload } });
  const patch = (id: string, payload: Record<string, unknown>, ifMatch?: string) =>
    coordinator.request({
      method: 'PATCH',
      url: `/api/v1/gala-plans/${id}`,
      payload,
      ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
    });
  const budget = (line: Record<string, unknown>) => [
    { block: 'health-social-basis', year: 2024, plannedCents: 100_000, spentCents: 0, ...line },
  ];

  it('the coordinator starts a plan with the standard milestones; it is read back with its ETag and logged', async () => {
    const response = await create({
      municipalityId: municipality.Berkelland,
      goals: ['vital-ageing', 'healthy-lifestyle'],
      chainApproaches: [{ code: 'fall-prevention', status: 'running' }],
      actions: [{ what: 'Valpreventie in alle kernen', dueDate: '2025-06-30' }],
      budget: budget({ spentCents: 120_000, overspendReason: 'Extra cursusgroep door de wachtlijst.' }),
      progressNotes: [{ date: '2024-10-01', text: 'Goed gestart met de huisartsen.' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const plan = GalaPlanSchema.parse(response.json());
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/gala-plans/${plan.id}`);
    expect(plan.milestones.map((milestone) => milestone.dueDate)).toEqual([
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2024-12-31',
      '2025-04-30',
    ]);
    expect(plan).toMatchObject({ municipality: { name: 'Gemeente Berkelland' }, revision: 1 });
    expect(plan.progressNotes[0]!.author.name).toBe('Cor Wissink');

    const read = await coordinator.request({ method: 'GET', url: `/api/v1/gala-plans/${plan.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    const list = await coordinator.request({
      method: 'GET',
      url: `/api/v1/gala-plans?municipalityId=${municipality.Berkelland}&year=2025`,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([plan.id]);
    const logged = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findBy({ recordType: 'gala-plan', recordId: plan.id });
    expect(logged.map((entry) => entry.event).sort()).toEqual(['create', 'read', 'search']);
  });

  it.each([
    [
      'spending above plan without a reason',
      { budget: budget({ spentCents: 150_000 }) },
      'body.budget.0.overspendReason',
    ],
    ['a negative amount', { budget: budget({ plannedCents: -1 }) }, 'body.budget.0.plannedCents'],
    ['an amount that is not whole cents', { budget: budget({ plannedCents: 10.5 }) }, 'body.budget.0.plannedCents'],
    [
      'a year outside the period',
      { period: { startYear: 2024, endYear: 2025 }, budget: budget({ year: 2026 }) },
      'body.budget.0.year',
    ],
    ['a period outside the SPUK years', { period: { startYear: 2022, endYear: 2025 } }, 'body.period.startYear'],
    [
      'a milestone done before it started',
      {
        milestones: [
          {
            title: 'Plan vastgesteld',
            dueDate: '2024-06-30',
            status: 'done',
            startedOn: '2024-05-01',
            doneOn: '2024-04-01',
          },
        ],
      },
      'body.milestones.0.doneOn',
    ],
    ['an unknown goal', { goals: ['world-peace'] }, 'body.goals.0'],
    [
      'an identifier in a progress note',
      { progressNotes: [{ date: '2024-10-01', text: 'Bel de wethouder op 06-12345678.' }] },
      'body.progressNotes.0.text',
    ],
    ['an organisation that does not exist', { partnerIds: [crypto.randomUUID()] }, 'body.partnerIds.0'],
    ['a second plan for the same municipality and period', { municipalityId: 'Doetinchem' }, 'body.municipalityId'],
    ['a municipality of another region', { municipalityId: 'Maastricht' }, 'body.municipalityId'],
  ])('refuses %s with 422 naming the field, and stores nothing', async (_, payload, field) => {
    const before = await plans();
    const body = { municipalityId: municipality.Bronckhorst, ...payload } as Record<string, unknown>;
    if (typeof body.municipalityId === 'string' && body.municipalityId in municipality)
      body.municipalityId = municipality[body.municipalityId];
    const response = await create(body);
    expect(response.statusCode, response.body).toBe(422);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.invalidParams?.map((param) => param.name)).toContain(field);
    expect(await plans()).toBe(before);
  });

  it('two creates for one municipality and period store one plan; the database refuses a raced second with 409', async () => {
    const before = await plans();
    const answers = await Promise.all([
      create({ municipalityId: municipality.Bronckhorst }),
      create({ municipalityId: municipality.Bronckhorst }),
    ]);
    // Serialised (SQLite) the service's check answers 422; truly concurrent (PostgreSQL) the unique index answers 409.
    expect(answers.map((answer) => answer.statusCode).sort()).toSatisfy(
      (statuses: number[]) => statuses[0] === 201 && [409, 422].includes(statuses[1]!),
    );
    expect(await plans()).toBe(before + 1);

    // Both past the service's check at once, deterministically: the check sees no other plan, the index still does.
    const repository = test.app.get(GalaPlansRepository);
    const blind = vi.spyOn(repository, 'ofSubject').mockResolvedValue([]);
    try {
      for (const period of [
        { startYear: 2023, endYear: 2025 },
        { startYear: 2024, endYear: 2026 },
      ]) {
        const raced = await create({ municipalityId: municipality.Bronckhorst, period, milestones: [] });
        expect(raced.statusCode, raced.body).toBe(409);
        const problem = ProblemSchema.parse(raced.json());
        expect(problem).toMatchObject({ code: 'GALA_PLAN_EXISTS' });
        expect(problem.invalidParams?.map((param) => param.name)).toEqual(['body.municipalityId']);
      }
    } finally {
      blind.mockRestore();
    }
    expect(await plans()).toBe(before + 1);
  });

  it('guards changes with If-Match: 428 without, 412 with a stale ETag and the current plan, nothing lost', async () => {
    const created = (await create({ municipalityId: municipality.Montferland, goals: ['social-basis'] })).json();
    const without = await patch(created.id, { goals: ['vital-ageing'] });
    expect(without.statusCode).toBe(428);
    expect(without.json().invalidParams[0].name).toBe('header.If-Match');

    const first = await patch(created.id, { goals: ['vital-ageing'] }, '"1"');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json()).toMatchObject({ goals: ['vital-ageing'], revision: 2 });

    const stale = await patch(created.id, { goals: ['healthy-lifestyle'] }, '"1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.headers.etag).toBe('"2"');
    expect(stale.json().current).toMatchObject({ id: created.id, goals: ['vital-ageing'], revision: 2 });
    const stored = await test.dataSource.getRepository(GalaPlanEntity).findOneByOrFail({ id: created.id });
    expect(stored).toMatchObject({ goals: ['vital-ageing'], revision: 2 });

    const broken = await patch(created.id, { budget: budget({ spentCents: 200_000 }) }, '"2"');
    expect(broken.statusCode).toBe(422);
    expect(broken.json().invalidParams.map((param: { name: string }) => param.name)).toEqual([
      'body.budget.0.overspendReason',
    ]);
    expect(await test.dataSource.getRepository(GalaPlanEntity).findOneByOrFail({ id: created.id })).toMatchObject({
      budget: [],
      revision: 2,
    });
    const garbled = await patch(created.id, { goals: [] }, 'yesterday');
    expect(garbled.statusCode).toBe(400);
  });

  it('an administrator extends and retires a list: a retired goal stays on old plans and is refused for new ones', async () => {
    const admin = await test.signIn('beheerder@leerkring.test');
    const added = await admin.request({
      method: 'POST',
      url: '/api/v1/gala-taxonomies/goal',
      payload: { code: 'community-sport', label: { nl: 'Sport in de wijk', en: 'Community sport' } },
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await admin.request({
      method: 'POST',
      url: '/api/v1/gala-taxonomies/goal',
      payload: { code: 'community-sport', label: { nl: 'Nog eens', en: 'Again' } },
    });
    expect(again.statusCode).toBe(409);
    const plan = (await create({ municipalityId: municipality['Oost Gelre'], goals: ['community-sport'] })).json();
    expect(plan.goals).toEqual(['community-sport']);

    const retired = await admin.request({
      method: 'PATCH',
      url: '/api/v1/gala-taxonomies/goal/community-sport',
      payload: { retired: true },
    });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).not.toBeNull();
    const list = await coordinator.request({ method: 'GET', url: '/api/v1/gala-taxonomies/goal' });
    expect(list.json().items).toHaveLength(8);
    expect(list.json().items.at(-1)).toMatchObject({ code: 'community-sport' });

    const kept = await patch(plan.id, { goals: ['community-sport', 'social-basis'] }, '"1"');
    expect(kept.statusCode, kept.body).toBe(200);
    const refused = await create({ municipalityId: null, goals: ['social-basis', 'community-sport'] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.goals.1', code: 'retired-code' }),
    ]);
    const unknown = await admin.request({
      method: 'PATCH',
      url: '/api/v1/gala-taxonomies/goal/no-such-goal',
      payload: { retired: true },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('hides plans from partners without a region role: 404, an empty list, and no plan of their own', async () => {
    const [plan] = await test.dataSource.getRepository(GalaPlanEntity).findBy({ regionId: achterhoek });
    for (const email of ['partner@leerkring.test', 'buiten@leerkring.test']) {
      const session = await test.signIn(email);
      expect((await session.request({ method: 'GET', url: `/api/v1/gala-plans/${plan!.id}` })).statusCode).toBe(404);
      const list = await session.request({ method: 'GET', url: '/api/v1/gala-plans' });
      expect(list.json().items).toEqual([]);
      expect((await create({ municipalityId: municipality.Bronckhorst }, session)).statusCode).toBe(404);
    }
  });
});
