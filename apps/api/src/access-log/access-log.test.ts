import { AccessLogPageSchema, accessLogCsvColumns } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AccessLogEntryEntity } from './access-log-entry.entity.js';

describe('the access log', () => {
  let test: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  const entries = () => test.dataSource.getRepository(AccessLogEntryEntity).find({ order: { seq: 'ASC' } });

  it('writes one entry with the NEN 7513 fields for a read of a person, with the purpose the client gives', async () => {
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'partner@leerkring.test' });
    const before = (await entries()).length;
    const response = await admin.request({
      method: 'GET',
      url: `/api/v1/people/${partner.id}`,
      headers: { 'access-purpose': 'Controle na melding' },
    });
    expect(response.statusCode).toBe(200);
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    const entry = after.at(-1)!;
    expect(entry).toMatchObject({
      event: 'read',
      recordType: 'person',
      recordId: partner.id,
      recordOwnerId: partner.id,
      personId: admin.personId,
      personName: 'Bea Bakkenes',
      role: 'admin',
      organisationName: 'Instituut voor Samen Leren (fictief)',
      onBehalfOf: null,
      purpose: 'Controle na melding',
      result: 'success',
    });
    expect(entry.requestId).toBeTruthy();
    expect(Math.abs(entry.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("uses the route's declared purpose when the client gives none, and names a token integration as on whose behalf", async () => {
    const { token } = (
      await admin.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name: 'Rapportage' } })
    ).json() as { token: string };
    await test.request({ method: 'GET', url: '/api/v1/people', headers: { authorization: `Bearer ${token}` } });
    const entry = (await entries()).at(-1)!;
    expect(entry).toMatchObject({
      event: 'search',
      recordType: 'person',
      purpose: 'Beheer van personen en hun toegang',
      onBehalfOf: 'API-token "Rapportage"',
    });
  });

  it('writes a change and its entry in one transaction: a refused change leaves neither', async () => {
    const organisation = await test.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ name: 'GGD Zuid Limburg' });
    const before = {
      entries: (await entries()).length,
      people: await test.dataSource.getRepository(PersonEntity).count(),
    };
    const taken = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Dubbel', email: 'partner@leerkring.test', organisationId: organisation.id },
    });
    expect(taken.statusCode).toBe(409);
    expect((await entries()).length).toBe(before.entries);
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Nieuwe Verpleegkundige', email: 'wijkverpleging@ggd.test', organisationId: organisation.id },
    });
    expect(created.statusCode).toBe(201);
    expect(await test.dataSource.getRepository(PersonEntity).count()).toBe(before.people + 1);
    expect((await entries()).at(-1)).toMatchObject({
      event: 'create',
      recordType: 'person',
      recordId: (created.json() as { id: string }).id,
    });
  });

  it('cannot be changed or deleted, not even by the database connection of the app', async () => {
    const [entry] = await entries();
    const repository = test.dataSource.getRepository(AccessLogEntryEntity);
    await expect(repository.update({ id: entry!.id }, { purpose: 'weggepoetst' })).rejects.toThrow(/cannot be changed/);
    await expect(repository.delete({ id: entry!.id })).rejects.toThrow(/cannot be (changed or )?deleted/);
    expect((await repository.findOneByOrFail({ id: entry!.id })).purpose).toBe(entry!.purpose);
  });

  it('filters by person, record, event and period, newest first, and logs the search itself', async () => {
    const page = AccessLogPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/access-log?recordType=person&event=read' })).json(),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.recordType === 'person' && item.event === 'read')).toBe(true);
    const byPerson = AccessLogPageSchema.parse(
      (
        await admin.request({ method: 'GET', url: `/api/v1/access-log?personId=${admin.personId}&pageSize=100` })
      ).json(),
    );
    expect(byPerson.items.every((item) => item.personId === admin.personId)).toBe(true);
    const times = byPerson.items.map((item) => item.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const none = AccessLogPageSchema.parse(
      (await admin.request({ method: 'GET', url: `/api/v1/access-log?from=${future}` })).json(),
    );
    expect(none.items).toEqual([]);
    const past = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    const window = AccessLogPageSchema.parse(
      (
        await admin.request({ method: 'GET', url: `/api/v1/access-log?from=${past}&until=${future}&pageSize=100` })
      ).json(),
    );
    expect(window.meta.totalItems).toBeGreaterThan(3);
    expect((await entries()).at(-1)).toMatchObject({ event: 'search', recordType: 'access-log' });
  });

  it('exports as CSV with a header row, and logs the export', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/v1/access-log/export?recordType=person' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="toegangslog-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(accessLogCsvColumns.join(','));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((line) => line.includes(',person,'))).toBe(true);
    expect((await entries()).at(-1)).toMatchObject({ event: 'export', recordType: 'access-log' });
  });

  it('shows a person who accessed the records that concern them, and nothing else', async () => {
    const partner = await test.signIn('partner@leerkring.test');
    const page = AccessLogPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/me/access-log?pageSize=100' })).json(),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.recordOwnerId === partner.personId)).toBe(true);
    expect(page.items.some((item) => item.personId === admin.personId && item.purpose === 'Controle na melding')).toBe(
      true,
    );
  });

  it('logs the id of every record a list returned, so a person listed sees it among who accessed their records', async () => {
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'partner2@leerkring.test' });
    const before = (await entries()).length;
    const listed = (
      await admin.request({ method: 'GET', url: '/api/v1/people?search=partner2&pageSize=10' })
    ).json() as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toEqual([partner.id]);
    const written = (await entries()).slice(before);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      event: 'search',
      recordType: 'person',
      recordId: partner.id,
      recordOwnerId: partner.id,
      personId: admin.personId,
    });
    const all = (await admin.request({ method: 'GET', url: '/api/v1/people?pageSize=7' })).json() as {
      items: { id: string }[];
    };
    expect((await entries()).slice(before + 1).map((entry) => entry.recordId)).toEqual(
      all.items.map((item) => item.id),
    );
    const nothing = await admin.request({ method: 'GET', url: '/api/v1/people?search=niemand-heet-zo' });
    expect((nothing.json() as { items: unknown[] }).items).toEqual([]);
    expect((await entries()).at(-1)).toMatchObject({ event: 'search', recordType: 'person', recordId: null });

    const session = await test.signIn('partner2@leerkring.test');
    const mine = AccessLogPageSchema.parse(
      (await session.request({ method: 'GET', url: '/api/v1/me/access-log?event=search&pageSize=100' })).json(),
    );
    expect(
      mine.items.some(
        (item) => item.personId === admin.personId && item.recordType === 'person' && item.recordId === partner.id,
      ),
    ).toBe(true);
  });

  it('logs the cases a list returned under whoever brought each in', async () => {
    const facilitator = await test.signIn('facilitator@leerkring.test');
    const before = (await entries()).length;
    const cases = (await facilitator.request({ method: 'GET', url: '/api/v1/cases?pageSize=100' })).json() as {
      items: { id: string; broughtInBy: { id: string } }[];
    };
    expect(cases.items.length).toBeGreaterThan(0);
    const written = (await entries()).slice(before);
    expect(written.map((entry) => [entry.event, entry.recordType, entry.recordId, entry.recordOwnerId])).toEqual(
      cases.items.map((item) => ['search', 'case', item.id, item.broughtInBy.id]),
    );
  });

  it('logs sign-in, a failed sign-in under the account it named, sign-out, and the creation and revocation of an API token', async () => {
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'manager@leerkring.test' });
    const before = (await entries()).length;
    const failed = await test.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'manager@leerkring.test', password: 'niet-het-goede-wachtwoord' },
    });
    expect(failed.statusCode).toBe(401);
    const unknown = await test.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'niemand@leerkring.test', password: 'niet-het-goede-wachtwoord' },
    });
    expect(unknown.statusCode).toBe(401);
    const manager = await test.signIn('manager@leerkring.test');
    const created = await manager.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Dashboard' },
    });
    const tokenId = (created.json() as { id: string }).id;
    expect((await manager.request({ method: 'DELETE', url: `/api/v1/me/api-tokens/${tokenId}` })).statusCode).toBe(204);
    expect((await manager.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const written = (await entries()).slice(before);
    const shape = (entry: AccessLogEntryEntity) => [
      entry.event,
      entry.recordType,
      entry.recordId,
      entry.recordOwnerId,
      entry.personId,
      entry.result,
    ];
    expect(written.map(shape)).toEqual([
      ['create', 'session', null, partner.id, partner.id, 'failed'],
      ['create', 'session', null, null, null, 'failed'],
      ['create', 'session', null, partner.id, partner.id, 'success'],
      ['create', 'api-token', tokenId, partner.id, partner.id, 'success'],
      ['update', 'api-token', tokenId, partner.id, partner.id, 'success'],
      ['delete', 'session', null, partner.id, partner.id, 'success'],
    ]);
    expect(written[1]).toMatchObject({ personName: null, role: 'anonymous' });
    expect(JSON.stringify(written)).not.toContain('niemand@leerkring.test');
    expect(written.every((entry) => entry.requestId && /^[0-9a-f-]{36}$/.test(entry.requestId))).toBe(true);
  });

  it('logs a role grant and its withdrawal under the person who got it', async () => {
    const person = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'buiten@leerkring.test' });
    const teams = (await admin.request({ method: 'GET', url: '/api/v1/building-teams?pageSize=100' })).json() as {
      items: { id: string }[];
    };
    const granted = await admin.request({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: { personId: person.id, contextType: 'building-team', contextId: teams.items[0]!.id, role: 'manager' },
    });
    expect(granted.statusCode).toBe(201);
    const id = (granted.json() as { id: string }).id;
    expect((await entries()).at(-1)).toMatchObject({
      event: 'create',
      recordType: 'membership',
      recordId: id,
      recordOwnerId: person.id,
    });
    expect((await admin.request({ method: 'DELETE', url: `/api/v1/memberships/${id}` })).statusCode).toBe(204);
    expect((await entries()).at(-1)).toMatchObject({
      event: 'delete',
      recordType: 'membership',
      recordId: id,
      recordOwnerId: person.id,
    });
  });
});
