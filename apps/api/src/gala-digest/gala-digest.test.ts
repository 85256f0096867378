import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GalaDigestSubscriptionSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { builtCli, ensureBuilt } from '../testing/built-api.js';
import { createScratchDatabase, startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { startMailServer, type MailServer } from '../testing/mail-server.js';

/** The decoded text of each part of a (multipart) message, by content type. */
function partsOf(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const chunks = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw];
  const parts: Record<string, string> = {};
  for (const chunk of chunks) {
    const [head = '', ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    const type = /Content-Type:\s*([\w/-]+)/i.exec(head)?.[1] ?? 'text/plain';
    let text = body;
    if (/Content-Transfer-Encoding:\s*base64/i.test(head))
      text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    else if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(head))
      text = Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    parts[type] = text;
  }
  return parts;
}

/**
 * The daily GALA e-mail, sent by the `send-digest` command (the built CLI, as an operator runs it) over a real SMTP
 * server started here, on a database the test app prepared: SQLite in a file, or a PostgreSQL database of its own.
 */
describe('the daily GALA e-mail digest', () => {
  let mail: MailServer;
  let test: TestApp;
  let coordinator: TestSession;
  let database: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  let directory: string;

  beforeAll(async () => {
    ensureBuilt();
    mail = await startMailServer();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-digest-'));
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL);
      database = { DATABASE_URL: scratch.url };
      drop = scratch.drop;
    } else database = { SQLITE_PATH: path.join(directory, 'leerkring.sqlite') };
    test = await startTestApp({ demo: true, env: { ...database, ...smtp() } });
    coordinator = await test.signIn('coordinator@leerkring.test');
    // A second coordinator of the Achterhoek, with the same alerts, who does not opt in.
    const facilitator = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'facilitator@leerkring.test' });
    const achterhoek = await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' });
    await test.dataSource.getRepository(MembershipEntity).save({
      personId: facilitator.id,
      contextType: 'region',
      contextId: achterhoek.id,
      role: 'coordinator',
      status: 'active',
    });
  }, 180_000);
  afterAll(async () => {
    await test?.close();
    await drop?.();
    await mail?.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const smtp = () => ({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    MAIL_FROM: 'Leerkring <noreply@leerkring.test>',
    PUBLIC_URL: 'https://leerkring.example.nl',
  });
  const subscribe = (subscribed: boolean, session = coordinator) =>
    session.request({ method: 'PUT', url: '/api/v1/me/gala-digest', payload: { subscribed } });
  const sendDigest = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [builtCli, 'send-digest'], {
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'silent', ...database, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('is off until a coordinator opts in; others cannot', async () => {
    const initial = await coordinator.request({ method: 'GET', url: '/api/v1/me/gala-digest' });
    expect(GalaDigestSubscriptionSchema.parse(initial.json())).toEqual({
      subscribed: false,
      lastSentOn: null,
      mailEnabled: true,
    });
    const partner = await test.signIn('partner@leerkring.test');
    expect((await subscribe(true, partner)).statusCode).toBe(404);
    expect((await subscribe('ja' as unknown as boolean)).statusCode).toBe(400);
    const saved = await subscribe(true);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ subscribed: true });
  });

  it('sends the opted-in coordinator their alerts in Dutch, text and HTML, and nobody else anything', async () => {
    const result = await sendDigest(smtp());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('GALA-e-mail: 1 verstuurd');

    expect(mail.received.map((message) => message.to)).toEqual([['coordinator@leerkring.test']]);
    const [message] = mail.received;
    expect(message!.raw).toMatch(/^Subject: GALA-signalen: \d+ punten?, waarvan \d+ te laat/m);
    expect(message!.raw).toMatch(/^From: Leerkring <noreply@leerkring\.test>/m);
    const parts = partsOf(message!.raw);
    const text = parts['text/plain']!;
    expect(text).toContain('Regio Achterhoek');
    expect(text).toMatch(/- Mijlpaal te laat: .+ \(Gemeente [^)]+\) — \d+ \w+ \d{4}, \d+ dagen? te laat/);
    expect(text).toMatch(/- Mijlpaal binnenkort: .+, (vandaag|over \d+ dagen?)/);
    expect(text).toContain('Bekijk het dashboard: https://leerkring.example.nl/');
    expect(parts['text/html']).toContain('<h2>Regio Achterhoek</h2>');

    // Read with the coordinator's own rights, and logged as the job on their behalf.
    const entries = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .find({ where: { onBehalfOf: 'Taak "dagelijkse GALA-signalen"' } });
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((entry) => entry.personId))).toEqual(new Set([coordinator.personId]));
    const after = await coordinator.request({ method: 'GET', url: '/api/v1/me/gala-digest' });
    expect(after.json().lastSentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says so and sends nothing without a mail server', async () => {
    const before = mail.received.length;
    const result = await sendDigest({});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SMTP');
    expect(mail.received).toHaveLength(before);
  });
});
