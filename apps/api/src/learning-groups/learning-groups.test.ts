import {
  ConsentRoundSchema,
  LearningGroupDetailSchema,
  LearningGroupMemberSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { AgreementEntity, AgreementVersionEntity } from '../agreements/agreement.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { LearningGroupEntity } from './learning-group.entity.js';

describe('learning groups as working spaces', () => {
  let test: TestApp;
  let admin: TestSession;
  let coordinator: TestSession;
  let partner: TestSession;
  let group: string;
  const region = async (name: string) =>
    (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name })).id;
  const groupUrl = () => `/api/v1/learning-groups/${group}`;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    coordinator = await test.signIn('coordinator@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    group = (
      await test.dataSource
        .getRepository(LearningGroupEntity)
        .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('shows a member the group with its theme, period, regions and the region each member represents', async () => {
    const response = await partner.request({ method: 'GET', url: groupUrl() });
    expect(response.statusCode, response.body).toBe(200);
    const detail = LearningGroupDetailSchema.parse(response.json());
    expect(detail).toMatchObject({
      theme: 'Financiering in het sociaal domein',
      startDate: '2025-09-01',
      endDate: '2027-06-30',
    });
    expect(detail.regions).toHaveLength(10);
    const byEmailName = Object.fromEntries(
      detail.members.map((member) => [member.person.name, `${member.role}:${member.region?.name ?? '-'}`]),
    );
    expect(byEmailName).toMatchObject({
      'Pim Oldenkamp': 'partner:Achterhoek',
      'Priya Ramdin': 'partner:Twente',
      'Cor Wissink': 'coordinator:-',
    });
    // Members grouped by region: those representing none come last.
    expect(detail.members.at(-1)?.region).toBeNull();
    // A bouwteam member outside the group: as if it did not exist.
    const outsider = await test.signIn('buiten@leerkring.test');
    const hidden = await outsider.request({ method: 'GET', url: groupUrl() });
    expect(hidden.statusCode).toBe(404);
    expect(ProblemSchema.parse(hidden.json()).code).toBe('LEARNING_GROUP_NOT_FOUND');
  });

  it('lets an administrator start a group, refusing bad input by field and storing nothing', async () => {
    const achterhoek = await region('Achterhoek');
    const count = () => test.dataSource.getRepository(LearningGroupEntity).count();
    const before = await count();
    const empty = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: { name: 'Leergroep zonder regio', regionIds: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(ProblemSchema.parse(empty.json()).invalidParams?.map((param) => param.name)).toContain('body.regionIds');
    const backwards = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: {
        name: 'Leergroep achterstevoren',
        regionIds: [achterhoek],
        startDate: '2026-06-01',
        endDate: '2026-01-01',
      },
    });
    expect(backwards.statusCode).toBe(400);
    expect(ProblemSchema.parse(backwards.json()).invalidParams?.map((param) => param.name)).toContain('body.endDate');
    const unknownRegion = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: { name: 'Leergroep nergens', regionIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownRegion.statusCode).toBe(422);
    const taken = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: { name: 'Financieren vanuit de bedoeling', regionIds: [achterhoek] },
    });
    expect(taken.statusCode).toBe(409);
    expect(await count()).toBe(before);

    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: {
        name: 'Leergroep inkoop',
        theme: 'Inkoop',
        regionIds: [achterhoek],
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = LearningGroupDetailSchema.parse(created.json());
    expect(created.headers.location).toContain(detail.id);
    expect(detail).toMatchObject({ theme: 'Inkoop', regions: [{ name: 'Achterhoek' }], members: [] });
    // A coordinator starts no group.
    const refused = await coordinator.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: { name: 'Leergroep van de coördinator', regionIds: [achterhoek] },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("lets the group's coordinator change it; its other members get 403; a region still represented stays", async () => {
    const changed = await coordinator.request({
      method: 'PATCH',
      url: groupUrl(),
      payload: { description: 'Tien regio’s, één gespreksdocument.' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(LearningGroupDetailSchema.parse(changed.json()).description).toBe('Tien regio’s, één gespreksdocument.');
    expect((await partner.request({ method: 'PATCH', url: groupUrl(), payload: { theme: 'Anders' } })).statusCode).toBe(
      403,
    );
    // The period is checked against the stored start date too.
    const backwards = await coordinator.request({
      method: 'PATCH',
      url: groupUrl(),
      payload: { endDate: '2025-01-01' },
    });
    expect(backwards.statusCode).toBe(422);
    expect(ProblemSchema.parse(backwards.json()).invalidParams?.map((param) => param.name)).toEqual(['body.endDate']);
    // Dropping Achterhoek while partner@ represents it: refused, nothing changed.
    const dropped = await coordinator.request({
      method: 'PATCH',
      url: groupUrl(),
      payload: { regionIds: [await region('Twente'), await region('Zuid-Limburg')] },
    });
    expect(dropped.statusCode).toBe(409);
    expect(ProblemSchema.parse(dropped.json()).code).toBe('LEARNING_GROUP_REGION_STILL_REPRESENTED');
    const after = LearningGroupDetailSchema.parse(
      (await coordinator.request({ method: 'GET', url: groupUrl() })).json(),
    );
    expect(after.regions).toHaveLength(10);
    expect(after.endDate).toBe('2027-06-30');
  });

  it('lets the coordinator add and remove members, each naming a region of the group', async () => {
    const person = await test.dataSource.getRepository(PersonEntity).save({
      name: 'Rens Terpstra',
      email: 'rens@leerkring.test',
      organisationId: (
        await test.dataSource.getRepository(PersonEntity).findOneByOrFail({ email: 'partner@leerkring.test' })
      ).organisationId,
      passwordHash: null,
    });
    const members = `${groupUrl()}/members`;
    const noRegion = await coordinator.request({
      method: 'POST',
      url: members,
      payload: { personId: person.id, role: 'partner' },
    });
    expect(noRegion.statusCode).toBe(422);
    expect(ProblemSchema.parse(noRegion.json()).invalidParams?.map((param) => param.name)).toEqual(['body.regionId']);
    const elsewhere = await admin.request({
      method: 'POST',
      url: '/api/v1/learning-groups',
      payload: { name: 'Leergroep elders', regionIds: [await region('Twente')] },
    });
    const twenteOnly = LearningGroupDetailSchema.parse(elsewhere.json());
    const wrongRegion = await admin.request({
      method: 'POST',
      url: `/api/v1/learning-groups/${twenteOnly.id}/members`,
      payload: { personId: person.id, role: 'partner', regionId: await region('Achterhoek') },
    });
    expect(wrongRegion.statusCode).toBe(422);
    expect(await test.dataSource.getRepository(MembershipEntity).countBy({ personId: person.id })).toBe(0);

    const added = await coordinator.request({
      method: 'POST',
      url: members,
      payload: { personId: person.id, role: 'partner', regionId: await region('Zuid-Limburg') },
    });
    expect(added.statusCode, added.body).toBe(201);
    const member = LearningGroupMemberSchema.parse(added.json());
    // A partner reads case narratives elsewhere: four eyes, as for every such grant.
    expect(member).toMatchObject({ role: 'partner', status: 'pending', region: { name: 'Zuid-Limburg' } });
    const again = await coordinator.request({
      method: 'POST',
      url: members,
      payload: { personId: person.id, role: 'partner', regionId: await region('Zuid-Limburg') },
    });
    expect(again.statusCode).toBe(409);
    // Not to oneself.
    const self = await coordinator.request({
      method: 'POST',
      url: members,
      payload: { personId: coordinator.personId, role: 'manager', regionId: null },
    });
    expect(self.statusCode).toBe(403);

    expect((await partner.request({ method: 'DELETE', url: `${members}/${member.membershipId}` })).statusCode).toBe(
      403,
    );
    expect(
      (
        await coordinator.request({
          method: 'DELETE',
          url: `/api/v1/learning-groups/${twenteOnly.id}/members/${member.membershipId}`,
        })
      ).statusCode,
    ).toBe(404);
    expect((await coordinator.request({ method: 'DELETE', url: `${members}/${member.membershipId}` })).statusCode).toBe(
      204,
    );
    expect(await test.dataSource.getRepository(MembershipEntity).countBy({ id: member.membershipId })).toBe(0);
    const logged = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findBy({ recordId: member.membershipId, recordType: 'membership' });
    expect(logged.map((entry) => entry.event).sort()).toEqual(['create', 'delete']);
  });

  it('takes one stance per region on the talking document: story 4', async () => {
    const agreement = await test.dataSource.getRepository(AgreementEntity).findOneByOrFail({ learningGroupId: group });
    const proposed = await test.dataSource
      .getRepository(AgreementVersionEntity)
      .findOneByOrFail({ agreementId: agreement.id, status: 'proposed' });
    const url = `/api/v1/agreements/${agreement.id}/versions/${proposed.id}/consents`;
    const before = ConsentRoundSchema.parse((await partner.request({ method: 'GET', url })).json());
    expect(before.votesBy).toBe('region');
    expect(before.tally).toMatchObject({ total: 10, consent: 5, standAside: 1, none: 4, decided: false });

    const given = await partner.request({ method: 'POST', url, payload: { stance: 'consent' } });
    expect(given.statusCode, given.body).toBe(201);
    const round = ConsentRoundSchema.parse(given.json());
    expect(round.tally).toMatchObject({ consent: 6, none: 3 });
    expect(round.items.filter((item) => item.current && item.region?.name === 'Achterhoek')).toHaveLength(1);

    // A second member representing Achterhoek replaces its stance: still one per region.
    const colleague = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'facilitator@leerkring.test' });
    await test.dataSource.getRepository(MembershipEntity).save({
      personId: colleague.id,
      contextType: 'learning-group',
      contextId: group,
      role: 'partner',
      representsRegionId: await region('Achterhoek'),
    });
    const second = await test.signIn('facilitator@leerkring.test');
    const objected = ConsentRoundSchema.parse(
      (
        await second.request({
          method: 'POST',
          url,
          payload: { stance: 'object', reason: 'De grens aan de vrije ruimte is te laag voor de Achterhoek.' },
        })
      ).json(),
    );
    expect(objected.tally).toMatchObject({ consent: 5, object: 1, none: 3, decided: false });
    expect(objected.items.filter((item) => item.current && item.region?.name === 'Achterhoek')).toMatchObject([
      { stance: 'object' },
    ]);

    // The coordinator represents no region and gives no stance; an outsider does not see the document.
    expect((await coordinator.request({ method: 'POST', url, payload: { stance: 'consent' } })).statusCode).toBe(403);
    const outsider = await test.signIn('buiten@leerkring.test');
    expect((await outsider.request({ method: 'POST', url, payload: { stance: 'consent' } })).statusCode).toBe(404);
  });
});
