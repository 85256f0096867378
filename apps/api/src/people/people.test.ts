import {
  MembershipPageSchema,
  MembershipSchema,
  PasswordResetLinkSchema,
  PersonPageSchema,
  PersonSchema,
  ProblemSchema,
  RegionSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { ensureFirstAdmin, FirstAdminError } from './first-admin.js';
import { PersonEntity } from './person.entity.js';

describe('people and memberships, managed by an administrator', () => {
  let test: TestApp;
  let admin: TestSession;
  let organisationId: string;
  let buildingTeamId: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    organisationId = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Welzijn Oude IJssel' })
    ).id;
    buildingTeamId = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('adds a person without a password, whose e-mail is unique in any case', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Sanne Wolters', email: 'Sanne.Wolters@Welzijn.test', organisationId },
    });
    expect(created.statusCode).toBe(201);
    const person = PersonSchema.parse(created.json());
    expect(person).toMatchObject({
      email: 'sanne.wolters@welzijn.test',
      hasPassword: false,
      isAdmin: false,
      active: true,
    });
    expect(created.headers.location).toBe(`/api/v1/people/${person.id}`);
    const again = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Sanne W.', email: 'SANNE.WOLTERS@welzijn.test', organisationId },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a person of an organisation that does not exist (422)', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: {
        name: 'Niemand',
        email: 'niemand@nergens.test',
        organisationId: '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      },
    });
    expect(response.statusCode).toBe(422);
    expect(ProblemSchema.parse(response.json()).code).toBe('PERSON_ORGANISATION_NOT_FOUND');
  });

  it('lists and searches people', async () => {
    const page = PersonPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/people?search=leerkring.test' })).json(),
    );
    expect(page.meta.totalItems).toBeGreaterThanOrEqual(8);
    const one = PersonPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/people?search=Oldenkamp' })).json(),
    );
    expect(one.items.map((person) => person.email)).toEqual(['partner@leerkring.test']);
  });

  it('gives a person a role in a bouwteam (one that reads no case narratives, so active at once), which then opens the bouwteam to them, and takes it away again', async () => {
    const person = PersonSchema.parse(
      (
        await admin.request({
          method: 'POST',
          url: '/api/v1/people',
          payload: { name: 'Joost Nijhof', email: 'joost@welzijn.test', organisationId },
        })
      ).json(),
    );
    // Without a mail server the administrator is given the one-time link to pass on.
    const { link } = PasswordResetLinkSchema.parse(
      (await admin.request({ method: 'POST', url: `/api/v1/people/${person.id}/password-reset-links` })).json(),
    );
    const token = new URL(link!).searchParams.get('token');
    expect(
      (
        await test.request({
          method: 'POST',
          url: '/api/v1/password-resets',
          payload: { token, password: 'een-lange-zin-als-wachtwoord' },
        })
      ).statusCode,
    ).toBe(204);
    const session = await test.signIn('joost@welzijn.test', 'een-lange-zin-als-wachtwoord');
    expect((await session.request({ method: 'GET', url: `/api/v1/building-teams/${buildingTeamId}` })).statusCode).toBe(
      403,
    );
    const granted = await admin.request({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: { personId: person.id, contextType: 'building-team', contextId: buildingTeamId, role: 'manager' },
    });
    expect(granted.statusCode).toBe(201);
    const membership = MembershipSchema.parse(granted.json());
    expect(membership.context).toEqual({
      type: 'building-team',
      id: buildingTeamId,
      name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek',
    });
    expect((await session.request({ method: 'GET', url: `/api/v1/building-teams/${buildingTeamId}` })).statusCode).toBe(
      200,
    );
    const duplicate = await admin.request({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: { personId: person.id, contextType: 'building-team', contextId: buildingTeamId, role: 'manager' },
    });
    expect(duplicate.statusCode).toBe(409);
    const ofPerson = MembershipPageSchema.parse(
      (await admin.request({ method: 'GET', url: `/api/v1/memberships?personId=${person.id}` })).json(),
    );
    expect(ofPerson.items).toHaveLength(1);
    expect((await admin.request({ method: 'DELETE', url: `/api/v1/memberships/${membership.id}` })).statusCode).toBe(
      204,
    );
    expect((await session.request({ method: 'GET', url: `/api/v1/building-teams/${buildingTeamId}` })).statusCode).toBe(
      403,
    );
  });

  it('refuses a role in a context that does not exist (422)', async () => {
    const person = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'partner@leerkring.test' });
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: { personId: person.id, contextType: 'learning-group', contextId: buildingTeamId, role: 'partner' },
    });
    expect(response.statusCode).toBe(422);
  });

  it('keeps at least one active administrator', async () => {
    const response = await admin.request({
      method: 'PATCH',
      url: `/api/v1/people/${admin.personId}`,
      payload: { isAdmin: false },
    });
    expect(response.statusCode).toBe(422);
    expect(ProblemSchema.parse(response.json()).code).toBe('PERSON_LAST_ADMIN');
  });

  it('makes regions of municipalities only', async () => {
    const municipality = await test.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ name: 'Gemeente Aalten' });
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/regions',
      payload: { name: 'Oost-Achterhoek', municipalityIds: [municipality.id] },
    });
    expect(created.statusCode).toBe(201);
    const region = RegionSchema.parse(created.json());
    expect(region.municipalities.map((item) => item.name)).toEqual(['Gemeente Aalten']);
    const notMunicipality = await admin.request({
      method: 'PATCH',
      url: `/api/v1/regions/${region.id}`,
      payload: { municipalityIds: [organisationId] },
    });
    expect(notMunicipality.statusCode).toBe(422);
    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/v1/regions/${region.id}`,
      payload: { name: 'Oostelijke Achterhoek', municipalityIds: [] },
    });
    expect(RegionSchema.parse(renamed.json())).toMatchObject({ name: 'Oostelijke Achterhoek', municipalities: [] });
    expect(
      (await admin.request({ method: 'POST', url: '/api/v1/regions', payload: { name: 'achterhoek' } })).statusCode,
    ).toBe(409);
  });
});

describe('the first administrator', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  it('is created once from configuration, can sign in, and a weak password is refused', async () => {
    const input = {
      email: 'Beheer@Gemeente.test',
      password: 'kort',
      name: 'Beheerder',
      organisationName: 'Gemeente Voorbeeld',
    };
    await expect(ensureFirstAdmin(test.dataSource, input)).rejects.toBeInstanceOf(FirstAdminError);
    expect(await ensureFirstAdmin(test.dataSource, { ...input, password: 'sterk-en-lang-genoeg-wachtwoord' })).toBe(
      'created',
    );
    expect(
      await ensureFirstAdmin(test.dataSource, {
        ...input,
        email: 'ander@gemeente.test',
        password: 'sterk-en-lang-genoeg-wachtwoord',
      }),
    ).toBe('exists');
    const session = await test.signIn('beheer@gemeente.test', 'sterk-en-lang-genoeg-wachtwoord');
    expect((await session.request({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);
    expect(await test.dataSource.getRepository(PersonEntity).count()).toBe(1);
  });
});
