import { OrganisationPageSchema, OrganisationSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { OrganisationEntity } from './organisation.entity.js';

describe('organisations', () => {
  let test: TestApp;
  let admin: TestSession;
  let partner: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('lists a page with its meta and a Link header to the other pages', async () => {
    const response = await partner.request({ method: 'GET', url: '/api/v1/organisations?page=2&pageSize=5' });
    expect(response.statusCode).toBe(200);
    const page = OrganisationPageSchema.parse(response.json());
    const total = await test.dataSource.getRepository(OrganisationEntity).count();
    expect(page.items).toHaveLength(5);
    expect(page.meta).toEqual({ page: 2, pageSize: 5, totalItems: total, totalPages: Math.ceil(total / 5) });
    expect(response.headers.link).toContain('</api/v1/organisations?page=3&pageSize=5>; rel="next"');
    expect(response.headers.link).toContain('</api/v1/organisations?page=1&pageSize=5>; rel="prev"');
    expect(response.headers.link).toContain(`rel="last"`);
  });

  it('sorts by name, the same on both databases', async () => {
    const response = await partner.request({ method: 'GET', url: '/api/v1/organisations?type=gemeente&pageSize=100' });
    const names = OrganisationPageSchema.parse(response.json()).items.map((organisation) => organisation.name);
    expect(names.length).toBeGreaterThan(10);
    expect(names.every((name) => name.startsWith('Gemeente '))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('filters by type and searches in the name, treating % and _ literally', async () => {
    const ggd = OrganisationPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/organisations?type=ggd' })).json(),
    );
    expect(ggd.items.map((organisation) => organisation.name).sort()).toEqual([
      'GGD Noord- en Oost-Gelderland',
      'GGD Zuid Limburg',
    ]);
    const search = OrganisationPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/organisations?search=maastricht' })).json(),
    );
    expect(search.items.map((organisation) => organisation.name)).toEqual([
      'Gemeente Maastricht',
      'Wijkteam Maastricht-Noordoost',
    ]);
    const wildcard = OrganisationPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/organisations?search=%25' })).json(),
    );
    expect(wildcard.items).toEqual([]);
  });

  it('registers an organisation, answers 201 with its Location, and stores it', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: '  Buurtteam Lindenheuvel ', type: 'welzijnsorganisatie', kvkNumber: '14999001' },
    });
    expect(response.statusCode).toBe(201);
    const created = OrganisationSchema.parse(response.json());
    expect(created).toMatchObject({
      name: 'Buurtteam Lindenheuvel',
      type: 'welzijnsorganisatie',
      kvkNumber: '14999001',
      oin: null,
    });
    expect(response.headers.location).toBe(`/api/v1/organisations/${created.id}`);
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    const read = await partner.request({ method: 'GET', url: response.headers.location as string });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('refuses a name that is taken (any case) with 409 and stores nothing', async () => {
    const before = await test.dataSource.getRepository(OrganisationEntity).count();
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'gemeente maastricht', type: 'gemeente' },
    });
    expect(response.statusCode).toBe(409);
    expect(ProblemSchema.parse(response.json()).code).toBe('ORGANISATION_NAME_TAKEN');
    expect(await test.dataSource.getRepository(OrganisationEntity).count()).toBe(before);
  });

  it('lets one of several simultaneous registrations of the same name win, and answers the others 409, never 500', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        admin.request({
          method: 'POST',
          url: '/api/v1/organisations',
          payload: { name: 'Stichting Tegelijk', type: 'netwerk' },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it.each([
    [{ name: 'X', type: 'ggd' }, 'body.name'],
    [{ name: 'Zorg Oost', type: 'ziekenhuis' }, 'body.type'],
    [{ name: 'Zorg Oost', type: 'zorgaanbieder', kvkNumber: '1234' }, 'body.kvkNumber'],
    [{ name: 'Zorg Oost', type: 'zorgaanbieder', oin: '12345678901234567890' }, 'body.oin'],
    [{ type: 'zorgaanbieder' }, 'body.name'],
  ])('refuses %j naming %s', async (payload, field) => {
    const response = await admin.request({ method: 'POST', url: '/api/v1/organisations', payload });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).invalidParams?.map((param) => param.name)).toContain(field);
  });
});

describe('changing an organisation', () => {
  let test: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('changes only the fields given, clears a KvK number with null, and refuses a taken name', async () => {
    const created = OrganisationSchema.parse(
      (
        await admin.request({
          method: 'POST',
          url: '/api/v1/organisations',
          payload: { name: 'Buurthuis De Kroon', type: 'welzijnsorganisatie', kvkNumber: '12121212' },
        })
      ).json(),
    );
    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${created.id}`,
      payload: { kvkNumber: null, type: 'bewonersinitiatief' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Buurthuis De Kroon', type: 'bewonersinitiatief', kvkNumber: null });
    const taken = await admin.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${created.id}`,
      payload: { name: 'GGD Zuid Limburg' },
    });
    expect(taken.statusCode).toBe(409);
    const empty = await admin.request({ method: 'PATCH', url: `/api/v1/organisations/${created.id}`, payload: {} });
    expect(empty.statusCode).toBe(400);
  });
});
