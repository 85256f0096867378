import { inflateRawSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import {
  AgreementPageSchema,
  AgreementVersionListSchema,
  ConsentRoundSchema,
  ProblemSchema,
  type AgreementVersion,
  type ConsentRound,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementRoundEvents } from './agreement-round-events.js';

const wordMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One file out of a zip archive (a .docx is one), read through the central directory. */
function unzipEntry(archive: Buffer, name: string): Buffer {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  let entry = archive.readUInt32LE(end + 16);
  for (let index = 0; index < archive.readUInt16LE(end + 10); index++) {
    const nameLength = archive.readUInt16LE(entry + 28);
    const entryName = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (entryName === name) {
      const method = archive.readUInt16LE(entry + 10);
      const size = archive.readUInt32LE(entry + 20);
      const local = archive.readUInt32LE(entry + 42);
      const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
      const data = archive.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    entry += 46 + nameLength + archive.readUInt16LE(entry + 30) + archive.readUInt16LE(entry + 32);
  }
  throw new Error(`${name} is not in the archive`);
}

/** The text of each paragraph of a WordprocessingML document. */
function paragraphsOf(documentXml: string): string[] {
  const decode = (text: string) =>
    text.replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!,
    );
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decode(text!)).join(''),
  );
}

describe('exporting an agreement version', () => {
  let test: TestApp;
  let partner: TestSession;
  let outsider: TestSession;
  let agreementId: string;
  let versions: AgreementVersion[];
  let round: ConsentRound;
  const byNumber = (number: string) => versions.find((version) => version.number === number)!;
  const versionUrl = (number: string) => `/api/v1/agreements/${agreementId}/versions/${byNumber(number).id}`;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    outsider = await test.signIn('buiten@leerkring.test');
    const team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    const page = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements?buildingTeamId=${team}` })).json(),
    );
    agreementId = page.items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    versions = AgreementVersionListSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
    round = ConsentRoundSchema.parse(
      (await partner.request({ method: 'GET', url: `${versionUrl('0.4')}/consents` })).json(),
    );
  });
  afterAll(async () => {
    await test.close();
  });

  it('exports 0.4 as Markdown: clauses in order with the lessons they came from, the changelog, and story 3’s consent result', async () => {
    const response = await partner.request({ method: 'GET', url: `${versionUrl('0.4')}/markdown` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="samenwerkingsafspraken-bouwteam-v0.4.md"',
    );
    const markdown = response.body;
    expect(markdown).toMatch(/^# Samenwerkingsafspraken bouwteam\n/);
    expect(markdown).toContain('- **Bouwteam:** Bouwteam Jeugd en Wmo Oude IJsselstreek');
    expect(markdown).toContain('- **Versie:** 0.4, voorgesteld');
    expect(markdown).toContain('- **Geldig vanaf:** nog niet in werking');
    expect(markdown).toContain('## Reikwijdte');

    const version = byNumber('0.4');
    const positions = version.clauses.map((clause, index) => {
      expect(markdown).toContain(`### ${index + 1}. ${clause.title}\n\n${clause.text}`);
      return markdown.indexOf(clause.text);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const lesson = await test.dataSource
      .getRepository(LessonEntity)
      .findOneByOrFail({ id: version.clauses.find((clause) => clause.id === 'overgang-18')!.lessonIds[0]! });
    expect(markdown).toContain(`*Uit de lessen: Overgangen (18-/18+, zorg-wonen): “${lesson.text}”*`);
    expect(markdown).toContain(`## Wijzigingen\n\n${version.changelog}`);

    expect(round.tally).toMatchObject({ total: 26, consent: 20, object: 2, standAside: 4, none: 0 });
    expect(markdown).toContain('## Instemming\n\nRonde 1, loopt nog.');
    expect(markdown).toContain(
      [
        '- **Instemming:** 20 van 26',
        '- **Bezwaar:** 2 van 26',
        '- **Staat opzij:** 4 van 26',
        '- **Nog geen standpunt:** 0 van 26',
      ].join('\n'),
    );
    expect(markdown).toContain(
      round.tally.decided
        ? `Besluit: aan de besluitregel is voldaan (20 instemmingen, ${round.tally.consentNeeded} nodig).`
        : 'Nog geen besluit',
    );
    const objections = round.items.filter((item) => item.current && item.stance === 'object');
    expect(objections).toHaveLength(2);
    for (const objection of objections)
      expect(markdown).toContain(`- **${objection.organisation.name}:** ${objection.reason}`);
    expect(markdown).toContain(
      '- **Jeugdhulp Oost Achterhoek:** Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.',
    );
  });

  it('exports the same content as a Word document', async () => {
    const response = await partner.request({ method: 'GET', url: `${versionUrl('0.4')}/docx` });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe(wordMediaType);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="samenwerkingsafspraken-bouwteam-v0.4.docx"',
    );
    const archive = response.rawPayload;
    expect(archive.subarray(0, 2).toString()).toBe('PK');
    expect(unzipEntry(archive, '[Content_Types].xml').toString()).toContain('wordprocessingml.document.main+xml');
    const paragraphs = paragraphsOf(unzipEntry(archive, 'word/document.xml').toString('utf8'));
    expect(paragraphs[0]).toBe('Samenwerkingsafspraken bouwteam');
    expect(paragraphs).toContain('Versie: 0.4, voorgesteld');
    for (const [index, clause] of byNumber('0.4').clauses.entries()) {
      expect(paragraphs).toContain(`${index + 1}. ${clause.title}`);
      expect(paragraphs).toContain(clause.text);
    }
    expect(
      paragraphs.some((paragraph) =>
        paragraph.startsWith('Uit de lessen: Overgangen (18-/18+, zorg-wonen): “Begin een half jaar voor het 18e jaar'),
      ),
    ).toBe(true);
    expect(paragraphs).toContain(byNumber('0.4').changelog);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Instemming: 20 van 26',
        'Bezwaar: 2 van 26',
        'Staat opzij: 4 van 26',
        'Nog geen standpunt: 0 van 26',
      ]),
    );
    expect(paragraphs).toContain(
      'Jeugdhulp Oost Achterhoek: Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.',
    );
  });

  it('exports a version in force with its dates, and a concept without a round', async () => {
    const beta = await partner.request({ method: 'GET', url: `${versionUrl('0.3')}/markdown` });
    expect(beta.statusCode).toBe(200);
    expect(beta.headers['content-disposition']).toBe('attachment; filename="samenwerkingsafspraken-bouwteam-v0.3.md"');
    expect(beta.body).toContain('- **Versie:** 0.3, bèta (in werking, op proef)');
    expect(beta.body).toContain('- **Geldig tot:** tot een volgende versie in werking treedt');
    const review = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${byNumber('0.3').reviewDate!}T00:00:00Z`));
    expect(beta.body).toContain(`- **Herzien uiterlijk op:** ${review}`);

    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: {
          type: 'building-team',
          id: (
            await test.dataSource
              .getRepository(BuildingTeamEntity)
              .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
          ).id,
        },
        title: 'Afspraken *met* <de> huisartsen',
        clauses: [{ id: 'a', title: 'Overleg', text: '# Geen kop\n\n1. Geen lijst maar tekst.' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const concept = created.json() as { id: string; latestVersion: { id: string } };
    const markdown = await partner.request({
      method: 'GET',
      url: `/api/v1/agreements/${concept.id}/versions/${concept.latestVersion.id}/markdown`,
    });
    expect(markdown.headers['content-disposition']).toBe('attachment; filename="afspraken-met-de-huisartsen-v0.1.md"');
    // Text stays text: no heading, list, emphasis or HTML comes from what someone typed.
    expect(markdown.body).toMatch(/^# Afspraken \\\*met\\\* \\<de\\> huisartsen\n/);
    expect(markdown.body).toContain('\\# Geen kop\n\n1\\. Geen lijst maar tekst.');
    expect(markdown.body).toContain('Deze versie is nog niet voorgelegd; er is geen instemmingsronde.');
  });

  it('answers 404 to another tenant, before any stream opens, and gives nothing away', async () => {
    for (const suffix of ['markdown', 'docx', 'consent-events']) {
      const response = await outsider.request({ method: 'GET', url: `${versionUrl('0.4')}/${suffix}` });
      expect(response.statusCode, suffix).toBe(404);
      expect(ProblemSchema.parse(response.json()).status).toBe(404);
      expect(response.body).not.toContain('Oude IJsselstreek');
      expect(response.headers['content-disposition']).toBeUndefined();
    }
    expect(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions/${randomUUID()}/docx` }))
        .statusCode,
    ).toBe(404);
    expect(test.app.get(AgreementRoundEvents).listenerCount(byNumber('0.4').id)).toBe(0);
  });

  it('logs each export, and the lessons it shows', async () => {
    const log = test.dataSource.getRepository(AccessLogEntryEntity);
    const exports = await log.findBy({
      event: 'export',
      recordType: 'agreement-version',
      recordId: byNumber('0.4').id,
    });
    expect(exports.map((entry) => entry.personId).sort()).toEqual([partner.personId, partner.personId]);
    const lessonId = byNumber('0.4').clauses.find((clause) => clause.id === 'overgang-18')!.lessonIds[0]!;
    expect(
      await log.countBy({ event: 'read', recordType: 'lesson', recordId: lessonId, personId: partner.personId }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await log.countBy({
        event: 'read',
        recordType: 'agreement-consent',
        recordId: byNumber('0.4').id,
        personId: partner.personId,
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(await log.countBy({ personId: outsider.personId, event: 'export' })).toBe(0);
  });
});
