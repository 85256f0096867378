import { CasePageSchema, CaseSchema, countBound, ProblemSchema, type Case } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/** The case list's paging (page numbers, keyset cursor, bounded total) and its search with the database's text search. */
describe('case list and search', () => {
  let test: TestApp;
  let partner: TestSession;
  let team: string;
  const valid = {
    presentingQuestion: 'Hoe komt het huishouden op de dagbesteding?',
    presentingDimensions: ['daily-functioning'],
    lifeDomains: ['social-network'],
  };
  const bringIn = async (fields: { title: string; narrative: string }): Promise<Case> => {
    const response = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { buildingTeamId: team, ...valid, ...fields },
    });
    expect(response.statusCode, response.body).toBe(201);
    return CaseSchema.parse(response.json());
  };
  const list = async (session: TestSession, query: string) => {
    const response = await session.request({ method: 'GET', url: `/api/v1/cases?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return CasePageSchema.parse(response.json());
  };

  let transport: Case;
  let titleMatch: Case;
  let narrativeMatch: Case;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    transport = await bringIn({
      title: 'Een gezin dat de dagbesteding mist',
      narrative: 'Het gezin had bakfietsproblemen: de huurfiets kwam niet en niemand wist wie hem betaalde.',
    });
    narrativeMatch = await bringIn({
      title: 'Een vraag over de buurt',
      narrative: 'Moeder zocht een plek voor haar zoon en vond de kinderboerderij in de wijk.',
    });
    titleMatch = await bringIn({
      title: 'Vrijwilligerswerk op de kinderboerderij',
      narrative: 'Een jongere wilde iets doen met dieren en vond daar een plek.',
    });
  });
  afterAll(async () => {
    await test.close();
  });

  it('finds "bakfiets" in "bakfietsproblemen" and marks the match in a fragment of the narrative', async () => {
    const found = await list(partner, 'search=bakfiets');
    expect(found.items.map((item) => item.id)).toEqual([transport.id]);
    const segments = found.highlights?.[transport.id] ?? [];
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['bakfietsproblemen']);
    expect(segments.map((segment) => segment.text).join('')).toContain('gezin had bakfietsproblemen');
    expect(found.meta).toMatchObject({ totalItems: 1, totalIsLowerBound: false });
    // Every word must occur, in any order.
    expect((await list(partner, 'search=huurfiets%20gezin')).items.map((item) => item.id)).toEqual([transport.id]);
    expect((await list(partner, 'search=huurfiets%20kinderboerderij')).items).toEqual([]);
  });

  it('puts a match in the title before a match in the narrative', async () => {
    const found = await list(partner, 'search=kinderboerderij');
    expect(found.items.map((item) => item.id)).toEqual([titleMatch.id, narrativeMatch.id]);
    expect(Object.keys(found.highlights ?? {})).toEqual([narrativeMatch.id]);
  });

  it("finds nothing for a manager (titles and narratives are free text) and keeps another municipality's search to its own cases", async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const managerFound = await list(manager, 'search=kinderboerderij');
    expect(managerFound.items).toEqual([]);
    expect(managerFound.highlights ?? {}).toEqual({});
    expect((await list(manager, 'search=bakfietsproblemen')).items).toEqual([]);
    const outsider = await test.signIn('buiten@leerkring.test');
    expect((await list(outsider, 'search=kinderboerderij')).items).toEqual([]);
    expect((await list(outsider, 'search=bakfiets')).items).toEqual([]);
  });

  it.each([
    '"',
    'AND (',
    ')))',
    '*',
    'NEAR(a b)',
    'title:kinderboerderij',
    "kinder'boerderij",
    '\\',
    '%_%',
    '-vervoer OR taxi',
    '{title}: ^a',
    'a'.repeat(100),
    'één café',
  ])('answers the search %j with 200 or 400, never 500', async (search) => {
    const response = await partner.request({
      method: 'GET',
      url: `/api/v1/cases?search=${encodeURIComponent(search)}`,
    });
    expect([200, 400], response.body).toContain(response.statusCode);
    if (response.statusCode === 200) CasePageSchema.parse(response.json());
    else expect(ProblemSchema.parse(response.json()).invalidParams?.[0]?.name).toBe('query.search');
  });

  it('refuses a search without a word, naming the field', async () => {
    const response = await partner.request({ method: 'GET', url: `/api/v1/cases?search=${encodeURIComponent('"')}` });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).invalidParams).toEqual([
      expect.objectContaining({ name: 'query.search' }),
    ]);
  });

  it('walks the whole list by cursor in the same order as by page number, and refuses a bad cursor', async () => {
    // The demo data holds hundreds of cases of this bouwteam, many brought in within the same millisecond.
    const all: Case[] = [];
    for (let page = 1; page < 100; page += 1) {
      const found = await list(partner, `buildingTeamId=${team}&pageSize=100&page=${page}`);
      all.push(...found.items);
      if (page >= found.meta.totalPages) break;
    }
    expect(all.length).toBeGreaterThan(100);
    const walked: string[] = [];
    let after: string | null | undefined;
    for (let step = 0; step < 100; step += 1) {
      const page = await list(partner, `buildingTeamId=${team}&pageSize=45${after ? `&after=${after}` : ''}`);
      walked.push(...page.items.map((item) => item.id));
      after = page.meta.nextCursor;
      if (!after) break;
    }
    expect(walked).toEqual(all.map((item) => item.id));
    const created = all.map((item) => item.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    for (const [query, field] of [
      ['after=nonsense', 'query.after'],
      [`after=${encodeURIComponent('"AND (')}`, 'query.after'],
      [`after=${(await list(partner, 'pageSize=1')).meta.nextCursor}&search=bakfiets`, 'query.after'],
    ] as const) {
      const response = await partner.request({ method: 'GET', url: `/api/v1/cases?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(ProblemSchema.parse(response.json()).invalidParams?.[0]?.name).toBe(field);
    }
  });

  it(`counts exactly up to ${countBound} and says "more" above it`, async () => {
    const [origin] = await test.dataSource.query<{ person: string; organisation: string }[]>(
      `SELECT brought_in_by_id AS person, organisation_id AS organisation FROM case_record WHERE id = '${transport.id}'`,
    );
    const { person, organisation } = origin!;
    const postgres = test.dataSource.options.type === 'postgres';
    const uuid = postgres
      ? 'gen_random_uuid()'
      : `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
    const rows = postgres
      ? `generate_series(1, ${countBound + 5}) AS n`
      : `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${countBound + 5}) SELECT n FROM s)`;
    await test.dataSource.query(
      `INSERT INTO case_record (id, building_team_id, title, narrative, presenting_dimensions, underlying_dimensions,
         life_domains, organisation_types_involved, legal_frameworks, status, brought_in_by_id, organisation_id)
       SELECT ${uuid}, '${team}', 'Casus ' || n, NULL, '[]', '[]', '[]', '[]', '[]', 'brought-in', '${person}', '${organisation}'
       FROM ${rows}`,
    );
    const page = await list(partner, `buildingTeamId=${team}`);
    expect(page.meta).toMatchObject({ totalItems: countBound, totalIsLowerBound: true, totalPages: countBound / 20 });
    expect(page.items).toHaveLength(20);
    const few = await list(partner, 'search=kinderboerderij');
    expect(few.meta).toMatchObject({ totalItems: 2, totalIsLowerBound: false });
  });
});
