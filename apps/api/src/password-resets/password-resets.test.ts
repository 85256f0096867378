import { PasswordResetLinkSchema, PersonSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { sha256 } from '../common/secrets.js';
import { demoPassword } from '../demo/demo-data.js';
import { PersonEntity } from '../people/person.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { startMailServer, type MailServer } from '../testing/mail-server.js';

const newPassword = 'een-nieuwe-lange-zin-voor-mij';
const day = 24 * 60 * 60 * 1000;

/** The text of a received message, undoing quoted-printable or base64 transfer encoding. */
function bodyOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding:\s*base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

describe('password reset links, e-mailed over SMTP', () => {
  let mail: MailServer;
  let test: TestApp;
  let admin: TestSession;

  const person = (email: string) => test.dataSource.getRepository(PersonEntity).findOneByOrFail({ email });
  const sendLink = (personId: string) =>
    admin.request({ method: 'POST', url: `/api/v1/people/${personId}/password-reset-links` });
  const reset = (token: string, password = newPassword) =>
    test.request({ method: 'POST', url: '/api/v1/password-resets', payload: { token, password } });
  const linkInMail = (to: string) => {
    const message = mail.received.filter((candidate) => candidate.to.includes(to)).at(-1);
    expect(message).toBeDefined();
    const link = /https:\/\/leerkring\.example\.nl\/wachtwoord-herstellen\?token=[\w-]+/.exec(bodyOf(message!.raw));
    expect(link).not.toBeNull();
    return link![0];
  };

  beforeAll(async () => {
    mail = await startMailServer();
    test = await startTestApp({
      demo: true,
      env: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mail.port),
        MAIL_FROM: 'Leerkring <noreply@leerkring.test>',
        PUBLIC_URL: 'https://leerkring.example.nl/',
      },
    });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
    await mail.close();
  });

  it('mails a one-time link that sets a new password and ends every session and API token of the person', async () => {
    const partner2 = await person('partner2@leerkring.test');
    const session = await test.signIn('partner2@leerkring.test');
    const token = (
      await session.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name: 'Koppeling' } })
    ).json() as { token: string };
    const bearer = { authorization: `Bearer ${token.token}` };
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);

    const response = await sendLink(partner2.id);
    expect(response.statusCode).toBe(201);
    const answer = PasswordResetLinkSchema.parse(response.json());
    expect(answer).toMatchObject({ sentTo: 'partner2@leerkring.test', link: null });
    expect(new Date(answer.expiresAt).getTime() - test.clock.now().getTime()).toBeGreaterThan(day - 60_000);

    const link = linkInMail('partner2@leerkring.test');
    const stored = await test.dataSource
      .getRepository(PasswordResetTokenEntity)
      .findOneByOrFail({ personId: partner2.id });
    expect(stored.tokenHash).toBe(sha256(tokenOf(link)));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));

    expect((await reset(tokenOf(link))).statusCode).toBe(204);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    await expect(test.signIn('partner2@leerkring.test')).rejects.toThrow(/401/);
    await test.signIn('partner2@leerkring.test', newPassword);

    const second = await reset(tokenOf(link), 'nog-een-andere-lange-zin');
    expect(second.statusCode).toBe(422);
    const problem = ProblemSchema.parse(second.json());
    expect(problem.code).toBe('PASSWORD_RESET_LINK_INVALID');
    expect(problem.invalidParams?.map((param) => param.name)).toEqual(['body.token']);
    expect(problem.detail).toMatch(/al gebruikt/);

    const entries = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .find({ where: { recordType: 'password-reset', recordId: stored.id }, order: { occurredAt: 'ASC' } });
    expect(entries.map((entry) => [entry.event, entry.personId, entry.recordOwnerId])).toEqual([
      ['create', admin.personId, partner2.id],
      ['update', partner2.id, partner2.id],
    ]);
  });

  it('refuses a weak new password naming the field, and keeps the link usable', async () => {
    const facilitator = await person('facilitator@leerkring.test');
    expect((await sendLink(facilitator.id)).statusCode).toBe(201);
    const token = tokenOf(linkInMail('facilitator@leerkring.test'));
    const weak = await reset(token, 'wachtwoord123');
    expect(weak.statusCode).toBe(400);
    expect(ProblemSchema.parse(weak.json()).invalidParams?.map((param) => param.name)).toEqual(['body.password']);
    expect((await reset(token)).statusCode).toBe(204);
  });

  it('refuses an unknown link', async () => {
    const response = await reset('dit-is-geen-herstellink');
    expect(response.statusCode).toBe(422);
    expect(ProblemSchema.parse(response.json()).detail).toMatch(/bestaat niet/);
  });

  it('never lets an administrator set a password: not when changing a person, not when adding one', async () => {
    const manager = await person('manager@leerkring.test');
    const patch = await admin.request({
      method: 'PATCH',
      url: `/api/v1/people/${manager.id}`,
      payload: { password: 'door-de-beheerder-gekozen' },
    });
    expect(patch.statusCode).toBe(400);
    expect(ProblemSchema.parse(patch.json()).invalidParams?.map((param) => param.name)).toContain('body.password');
    const create = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: {
        name: 'Nieuwe Collega',
        email: 'nieuw@welzijn.test',
        organisationId: manager.organisationId,
        password: 'door-de-beheerder-gekozen',
      },
    });
    expect(create.statusCode).toBe(400);
    expect(await test.dataSource.getRepository(PersonEntity).existsBy({ email: 'nieuw@welzijn.test' })).toBe(false);
    await test.signIn('manager@leerkring.test');
  });

  it('refuses a link for an inactive person (422)', async () => {
    const created = PersonSchema.parse(
      (
        await admin.request({
          method: 'POST',
          url: '/api/v1/people',
          payload: {
            name: 'Oud Collega',
            email: 'oud@welzijn.test',
            organisationId: (await person('manager@leerkring.test')).organisationId,
          },
        })
      ).json(),
    );
    await admin.request({ method: 'PATCH', url: `/api/v1/people/${created.id}`, payload: { active: false } });
    const response = await sendLink(created.id);
    expect(response.statusCode).toBe(422);
    expect(ProblemSchema.parse(response.json()).code).toBe('PASSWORD_RESET_PERSON_INACTIVE');
  });

  it('works until 24 hours after it was sent, and not after', async () => {
    const coordinator = await person('coordinator@leerkring.test');
    const expert = await person('ervaringsdeskundige@leerkring.test');
    expect((await sendLink(coordinator.id)).statusCode).toBe(201);
    expect((await sendLink(expert.id)).statusCode).toBe(201);
    const coordinatorToken = tokenOf(linkInMail('coordinator@leerkring.test'));
    const expertToken = tokenOf(linkInMail('ervaringsdeskundige@leerkring.test'));
    test.clock.advance(day - 60_000);
    expect((await reset(coordinatorToken)).statusCode).toBe(204);
    test.clock.advance(60_000);
    const expired = await reset(expertToken);
    expect(expired.statusCode).toBe(422);
    expect(ProblemSchema.parse(expired.json()).detail).toMatch(/verlopen/);
    await test.signIn('ervaringsdeskundige@leerkring.test', demoPassword);
  });
});

describe('password reset links without a mail server', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it('shows the link once to the administrator; a newer link makes the earlier one stop working', async () => {
    const admin = await test.signIn('beheerder@leerkring.test');
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'partner@leerkring.test' });
    const first = PasswordResetLinkSchema.parse(
      (await admin.request({ method: 'POST', url: `/api/v1/people/${partner.id}/password-reset-links` })).json(),
    );
    expect(first.sentTo).toBeNull();
    expect(first.link).toMatch(/^http:\/\/localhost:3000\/wachtwoord-herstellen\?token=[\w-]+$/);
    const second = PasswordResetLinkSchema.parse(
      (await admin.request({ method: 'POST', url: `/api/v1/people/${partner.id}/password-reset-links` })).json(),
    );
    const use = (link: string) =>
      test.request({
        method: 'POST',
        url: '/api/v1/password-resets',
        payload: { token: tokenOf(link), password: newPassword },
      });
    expect((await use(first.link!)).statusCode).toBe(422);
    expect((await use(second.link!)).statusCode).toBe(204);
    await test.signIn('partner@leerkring.test', newPassword);
  });
});
