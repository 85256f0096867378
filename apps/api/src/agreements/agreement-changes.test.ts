import {
  AgreementPageSchema,
  AgreementSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe('changing an agreement, and numbering a major version', () => {
  let test: TestApp;
  let facilitator: TestSession;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('changes title, scope and rule, but not the rule during a consent round; a new concept can be the next major version', async () => {
    const agreement = AgreementPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/agreements' })).json(),
    ).items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!;
    const url = `/api/v1/agreements/${agreement.id}`;
    const renamed = await facilitator.request({
      method: 'PATCH',
      url,
      payload: { title: 'Samenwerkingsafspraken bouwteam Oude IJsselstreek' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(AgreementSchema.parse(renamed.json())).toMatchObject({
      title: 'Samenwerkingsafspraken bouwteam Oude IJsselstreek',
      decisionRule: { kind: 'qualified-majority' },
    });
    const during = await facilitator.request({
      method: 'PATCH',
      url,
      payload: { decisionRule: { kind: 'unanimity-of-participants' } },
    });
    expect(during.statusCode).toBe(409);
    expect(ProblemSchema.parse(during.json())).toMatchObject({
      code: 'AGREEMENT_ROUND_OPEN',
      invalidParams: [{ name: 'body.decisionRule' }],
    });
    expect((await facilitator.request({ method: 'PATCH', url, payload: {} })).statusCode).toBe(400);
    expect(
      (await facilitator.request({ method: 'PATCH', url, payload: { scope: 'Bel 06-12345678.' } })).statusCode,
    ).toBe(422);
    expect(
      (
        await (
          await test.signIn('manager@leerkring.test')
        ).request({ method: 'PATCH', url, payload: { scope: 'Anders.' } })
      ).statusCode,
    ).toBe(403);

    // After the decision the rule may change; and the next concept can be 1.0.
    const versions = AgreementVersionListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `${url}/versions` })).json(),
    ).items;
    const proposed = versions.find((version) => version.status === 'proposed')!;
    expect(
      (
        await facilitator.request({
          method: 'POST',
          url: `${url}/versions/${proposed.id}/in-force`,
          payload: { as: 'adopted', reviewDate: '2027-06-01' },
        })
      ).statusCode,
    ).toBe(200);
    const changed = await facilitator.request({
      method: 'PATCH',
      url,
      payload: { decisionRule: { kind: 'no-objection-and-share', share: 0.75 } },
    });
    expect(AgreementSchema.parse(changed.json()).decisionRule).toEqual({ kind: 'no-objection-and-share', share: 0.75 });
    const major = await facilitator.request({
      method: 'POST',
      url: `${url}/versions`,
      payload: { major: true, changelog: 'Vastgesteld als eerste volledige versie.' },
    });
    expect(major.statusCode, major.body).toBe(201);
    expect(AgreementVersionSchema.parse(major.json())).toMatchObject({
      number: '1.0',
      status: 'concept',
      basedOnVersionId: proposed.id,
    });
  });
});
