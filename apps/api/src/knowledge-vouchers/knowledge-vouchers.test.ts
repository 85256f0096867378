import { addDays, addMonths, calendarDateAt, findIdentifiers, KnowledgeVoucherSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { KnowledgeVoucherEntity } from './knowledge-voucher.entity.js';

describe('knowledge vouchers', () => {
  let test: TestApp;
  let coordinator: TestSession;
  let partner: TestSession;
  let achterhoek: string;
  let network: string;
  let lesson: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
    network = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    lesson = (await test.dataSource.getRepository(LessonEntity).findOneByOrFail({ buildingTeamId: network })).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const today = () => calendarDateAt(test.clock.now());
  const vouchers = () => test.dataSource.getRepository(KnowledgeVoucherEntity).count();
  const request = (payload: Record<string, unknown> = {}) =>
    coordinator.request({
      method: 'POST',
      url: '/api/v1/knowledge-vouchers',
      payload: {
        regionId: achterhoek,
        networkId: network,
        question: 'Hoe meten we wat Positieve Gezondheid oplevert?',
        expertise: 'Monitoring',
        ...payload,
      },
    });
  const step = (id: string, payload: Record<string, unknown>, session = coordinator) =>
    session.request({ method: 'POST', url: `/api/v1/knowledge-vouchers/${id}/transitions`, payload });
  const evaluate = (id: string, payload: Record<string, unknown>, session = partner) =>
    session.request({ method: 'POST', url: `/api/v1/knowledge-vouchers/${id}/evaluation`, payload });
  const grant = (id: string, extra: Record<string, unknown> = {}) =>
    step(id, {
      to: 'granted',
      grantedOn: today(),
      hoursGranted: 10,
      amountGrantedCents: 100_000,
      expertName: 'Anneke Hulshorst',
      ...extra,
    });

  it("lists the region's networks to request for to its coordinator only; a partner gets 404", async () => {
    const url = `/api/v1/regions/${achterhoek}/voucher-networks`;
    const listed = await coordinator.request({ method: 'GET', url });
    expect(listed.statusCode, listed.body).toBe(200);
    const items = listed.json().items as { id: string; name: string }[];
    expect(items.map((item) => item.id)).toContain(network);
    expect(items.map((item) => item.name)).toEqual([...items.map((item) => item.name)].sort());
    expect((await partner.request({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('demo vouchers pass the privacy guard', async () => {
    for (const voucher of await test.dataSource.getRepository(KnowledgeVoucherEntity).find())
      for (const text of [voucher.question, voucher.expertise, voucher.evaluationBenefit, voucher.rejectionReason])
        expect(findIdentifiers(text ?? ''), text ?? '').toEqual([]);
  });

  it('goes requested → granted → in progress → completed → evaluated, with lessons of the learning cycle', async () => {
    const created = await request();
    expect(created.statusCode, created.body).toBe(201);
    const voucher = KnowledgeVoucherSchema.parse(created.json());
    expect(voucher).toMatchObject({ status: 'requested', requestedOn: today(), hoursUsed: 0, expert: null });

    const granted = await grant(voucher.id);
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ status: 'granted', hoursGranted: 10, expert: { name: 'Anneke Hulshorst' } });
    expect(granted.json().expiresOn).toBe(addMonths({ date: today(), months: 12 }));

    const tooMany = await step(voucher.id, { to: 'in-progress', hoursUsed: 10.25 });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.hoursUsed', code: 'hours-above-granted' }),
    ]);
    expect(
      await test.dataSource.getRepository(KnowledgeVoucherEntity).findOneByOrFail({ id: voucher.id }),
    ).toMatchObject({
      status: 'granted',
      quarterHoursUsed: 0,
    });

    expect((await step(voucher.id, { to: 'in-progress', hoursUsed: 4.5 })).json()).toMatchObject({
      status: 'in-progress',
      hoursUsed: 4.5,
    });
    expect((await step(voucher.id, { to: 'evaluated' })).statusCode).toBe(400);
    expect((await evaluate(voucher.id, { benefit: 'Nog niet klaar, maar al nuttig.', score: 3 })).statusCode).toBe(409);
    const completed = await step(voucher.id, {
      to: 'completed',
      completedOn: today(),
      hoursUsed: 9,
      amountUsedCents: 90_000,
    });
    expect(completed.json()).toMatchObject({ status: 'completed', hoursUsed: 9, amountUsedCents: 90_000 });

    const invisible = await evaluate(
      voucher.id,
      { benefit: 'Een gedeelde taal.', score: 4, lessonIds: [lesson] },
      coordinator,
    );
    expect(invisible.statusCode).toBe(422);
    expect(invisible.json().invalidParams[0].name).toBe('body.lessonIds.0');

    const evaluated = await evaluate(voucher.id, {
      benefit: 'Een gedeelde taal en een plan.',
      score: 4,
      lessonIds: [lesson],
    });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({
      status: 'evaluated',
      evaluation: { score: 4, lessonIds: [lesson], evaluatedBy: { name: 'Pim Oldenkamp' } },
    });
    const read = await partner.request({ method: 'GET', url: `/api/v1/knowledge-vouchers/${voucher.id}` });
    expect(read.json().evaluation.lessonIds).toEqual([lesson]);
    expect((await evaluate(voucher.id, { benefit: 'Nog een keer evalueren.', score: 2 })).statusCode).toBe(409);
  });

  it.each([
    [
      'an identifier in the question',
      { question: 'Mevrouw belt steeds via jan.jansen@example.nl, wat nu?' },
      'body.question',
    ],
    ['a network of another region', { networkId: 'maastricht' }, 'body.networkId'],
  ])('refuses a request with %s (422 naming the field), storing nothing', async (_, payload, field) => {
    const before = await vouchers();
    const body = { ...payload } as Record<string, unknown>;
    if (body.networkId === 'maastricht')
      body.networkId = (
        await test.dataSource
          .getRepository(BuildingTeamEntity)
          .findOneByOrFail({ name: 'Blauwe Zorg in de Wijk Maastricht' })
      ).id;
    const response = await request(body);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().invalidParams.map((param: { name: string }) => param.name)).toContain(field);
    expect(await vouchers()).toBe(before);
  });

  it('refuses a step the state machine does not allow (409), and a partner changing a voucher (403)', async () => {
    const id = (await request()).json().id;
    expect(
      (await step(id, { to: 'completed', completedOn: today(), hoursUsed: 1, amountUsedCents: 0 })).statusCode,
    ).toBe(409);
    expect((await step(id, { to: 'rejected', reason: 'Past niet.' }, partner)).statusCode).toBe(403);
    const outsider = await test.signIn('buiten@leerkring.test');
    expect((await outsider.request({ method: 'GET', url: `/api/v1/knowledge-vouchers/${id}` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'GET', url: '/api/v1/knowledge-vouchers' })).json().items).toEqual([]);
    const rejected = await step(id, { to: 'rejected', reason: 'Past niet binnen de regeling.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Past niet binnen de regeling.' });
  });

  it('expires by the clock: no job, the status is computed from the expiry date', async () => {
    const id = (await request()).json().id;
    expect((await grant(id, { expiresOn: addDays({ date: today(), days: 10 }) })).json().status).toBe('granted');
    test.clock.advance(11 * 24 * 3600 * 1000);
    const again = await test.signIn('coordinator@leerkring.test');
    const read = await again.request({ method: 'GET', url: `/api/v1/knowledge-vouchers/${id}` });
    expect(read.json().status).toBe('expired');
    expect((await step(id, { to: 'in-progress' }, again)).statusCode).toBe(409);
    const expired = await again.request({
      method: 'GET',
      url: `/api/v1/knowledge-vouchers?status=expired&pageSize=100`,
    });
    expect(expired.json().items.map((voucher: { id: string }) => voucher.id)).toContain(id);
    const granted = await again.request({
      method: 'GET',
      url: `/api/v1/knowledge-vouchers?status=granted&pageSize=100`,
    });
    expect(granted.json().items.map((voucher: { id: string }) => voucher.id)).not.toContain(id);
    expect((await test.dataSource.getRepository(KnowledgeVoucherEntity).findOneByOrFail({ id })).status).toBe(
      'granted',
    );
  });
});
