import { MembershipPageSchema, MembershipSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { hashPassword } from '../common/secrets.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { MembershipEntity } from './membership.entity.js';

const password = 'vier-ogen-zien-meer-dan-twee';

describe('four eyes on grants of roles that read case narratives', () => {
  let test: TestApp;
  let admin: TestSession;
  let secondAdmin: TestSession;
  let oudeIJsselstreek: string;
  let caseId: string;
  let granteeId: string;
  let grantee: TestSession;

  const person = async (name: string, isAdmin = false) => {
    const organisationId = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Welzijn Oude IJssel' })
    ).id;
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@welzijn.test`;
    const saved = await test.dataSource
      .getRepository(PersonEntity)
      .save({ name, email, organisationId, isAdmin, passwordHash: await hashPassword(password) });
    return { id: saved.id, email };
  };
  const grant = (by: TestSession, personId: string, role: string, contextId = oudeIJsselstreek) =>
    by.request({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: { personId, contextType: 'building-team', contextId, role },
    });

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    secondAdmin = await test.signIn((await person('Tweede Beheerder', true)).email, password);
    const teams = test.dataSource.getRepository(BuildingTeamEntity);
    oudeIJsselstreek = (await teams.findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })).id;
    const maastricht = (await teams.findOneByOrFail({ name: 'Blauwe Zorg in de Wijk Maastricht' })).id;
    caseId = (await test.dataSource.getRepository(CaseEntity).findOneByOrFail({ buildingTeamId: oudeIJsselstreek })).id;
    // The grantee already reads cases elsewhere, so a case of another bouwteam answers 404 rather than 403.
    const created = await person('Joost Nijhof');
    granteeId = created.id;
    await test.dataSource
      .getRepository(MembershipEntity)
      .save({ personId: granteeId, contextType: 'building-team', contextId: maastricht, role: 'partner' });
    grantee = await test.signIn(created.email, password);
  });
  afterAll(async () => {
    await test.close();
  });

  it('refuses an administrator a role for themselves (403), and stores nothing', async () => {
    const response = await grant(admin, admin.personId, 'manager');
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = ProblemSchema.parse(response.json());
    expect(problem.code).toBe('MEMBERSHIP_SELF_GRANT');
    expect(problem.detail).toMatch(/zichzelf/);
    expect(await test.dataSource.getRepository(MembershipEntity).countBy({ personId: admin.personId })).toBe(0);
  });

  it('keeps a partner grant pending, granting nothing, until a second administrator approves it', async () => {
    const requested = await grant(admin, granteeId, 'partner');
    expect(requested.statusCode).toBe(201);
    const pending = MembershipSchema.parse(requested.json());
    expect(pending).toMatchObject({
      status: 'pending',
      requestedBy: { id: admin.personId },
      decidedBy: null,
      decidedAt: null,
    });

    expect((await grantee.request({ method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(404);
    const me = (await grantee.request({ method: 'GET', url: '/api/v1/me' })).json() as {
      memberships: { context: { id: string } }[];
    };
    expect(me.memberships.map((membership) => membership.context.id)).not.toContain(oudeIJsselstreek);

    const listed = MembershipPageSchema.parse(
      (await secondAdmin.request({ method: 'GET', url: '/api/v1/memberships?status=pending' })).json(),
    );
    expect(listed.items.map((membership) => membership.id)).toEqual([pending.id]);

    const own = await admin.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/approval` });
    expect(own.statusCode).toBe(403);
    expect(ProblemSchema.parse(own.json()).code).toBe('MEMBERSHIP_OWN_DECISION');
    expect(
      (await grantee.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/approval` })).statusCode,
    ).toBe(403);
    expect((await test.dataSource.getRepository(MembershipEntity).findOneByOrFail({ id: pending.id })).status).toBe(
      'pending',
    );

    const approved = await secondAdmin.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/approval` });
    expect(approved.statusCode).toBe(200);
    const active = MembershipSchema.parse(approved.json());
    expect(active).toMatchObject({
      status: 'active',
      requestedBy: { id: admin.personId },
      decidedBy: { id: secondAdmin.personId },
    });
    expect(active.decidedAt).not.toBeNull();
    expect((await grantee.request({ method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(200);

    const again = await secondAdmin.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/rejection` });
    expect(again.statusCode).toBe(409);
    expect(ProblemSchema.parse(again.json()).code).toBe('MEMBERSHIP_NOT_PENDING');

    // The pending list's exposure of the grant is logged as a search; the request and the decision as changes.
    const entries = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .find({ where: { recordType: 'membership', recordId: pending.id }, order: { seq: 'ASC' } });
    expect(
      entries.filter((entry) => entry.event !== 'search').map((entry) => [entry.event, entry.personId, entry.purpose]),
    ).toEqual([
      ['create', admin.personId, 'Beheer van rollen per context'],
      ['update', secondAdmin.personId, 'Vier-ogen-goedkeuring van een roltoekenning'],
    ]);
  });

  it('lets a second administrator reject a grant, which then grants nothing and may be asked for again', async () => {
    const other = await person('Fenna Facilitator');
    const session = await test.signIn(other.email, password);
    const pending = MembershipSchema.parse((await grant(admin, other.id, 'facilitator')).json());
    expect(pending.status).toBe('pending');
    const rejected = await secondAdmin.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/rejection` });
    expect(rejected.statusCode).toBe(200);
    expect(MembershipSchema.parse(rejected.json())).toMatchObject({
      status: 'rejected',
      decidedBy: { id: secondAdmin.personId },
    });
    expect(
      (await session.request({ method: 'GET', url: `/api/v1/building-teams/${oudeIJsselstreek}` })).statusCode,
    ).toBe(403);
    expect(
      (await secondAdmin.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/approval` })).statusCode,
    ).toBe(409);
    const log = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findOneByOrFail({ recordId: pending.id, event: 'update' });
    expect(log).toMatchObject({ personId: secondAdmin.personId, purpose: 'Vier-ogen-afwijzing van een roltoekenning' });
    const askedAgain = await grant(secondAdmin, other.id, 'facilitator');
    expect(askedAgain.statusCode).toBe(201);
    expect(MembershipSchema.parse(askedAgain.json()).status).toBe('pending');
    expect((await grant(admin, other.id, 'facilitator')).statusCode).toBe(409);
  });

  it('refuses the grantee, even an administrator, the decision on their own grant', async () => {
    const third = await person('Derde Beheerder', true);
    const pending = MembershipSchema.parse((await grant(admin, third.id, 'experience-expert')).json());
    expect(pending.status).toBe('pending');
    const session = await test.signIn(third.email, password);
    const own = await session.request({ method: 'POST', url: `/api/v1/memberships/${pending.id}/approval` });
    expect(own.statusCode).toBe(403);
    expect(ProblemSchema.parse(own.json()).detail).toMatch(/voor jezelf/);
  });

  it('makes a role that reads no narratives active at once', async () => {
    const manager = await person('Mila Manager');
    const response = await grant(admin, manager.id, 'manager');
    expect(response.statusCode).toBe(201);
    expect(MembershipSchema.parse(response.json()).status).toBe('active');
  });

  it('answers 404 for deciding a grant that does not exist', async () => {
    const response = await secondAdmin.request({
      method: 'POST',
      url: '/api/v1/memberships/0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10/approval',
    });
    expect(response.statusCode).toBe(404);
  });
});
