import {
  CaseHistorySchema,
  CasePageSchema,
  CaseSchema,
  caseFreeTextFields,
  IntervisionSessionSchema,
  type Case,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { IntervisionActionEntity } from '../intervision/intervision-action.entity.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from '../intervision/session-text.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { CaseEntity } from './case.entity.js';

/**
 * A manager never receives case content: every free text of a case, field by field, for every reader of the bouwteam,
 * in every path a manager reaches a case (read, list, search, history) and in the intervision sessions that discuss it.
 */
describe('the manager view of a case', () => {
  let test: TestApp;
  let team: string;
  let stored: CaseEntity;
  const readers = {
    partner: 'partner@leerkring.test',
    facilitator: 'facilitator@leerkring.test',
    experienceExpert: 'ervaringsdeskundige@leerkring.test',
    manager: 'manager@leerkring.test',
  } as const;
  const expected = { partner: 'full', facilitator: 'full', experienceExpert: 'full', manager: 'coded' } as const;
  const sessions = new Map<keyof typeof readers, TestSession>();
  const fullCase = {
    title: 'Matrixtitel vervoer of eenzaamheid',
    narrative: 'Matrixverhaal van een huishouden met veertien professionals.',
    presentingQuestion: 'Matrixvraag over vervoer naar de dagbesteding.',
    presentingDimensions: ['daily-functioning'],
    underlyingQuestion: 'Matrixvraag over eenzaamheid en zingeving.',
    underlyingDimensions: ['meaning'],
    professionalsInvolved: 14,
    lifeDomains: ['social-network'],
    legalFrameworks: ['wmo-2015'],
    ageGroup: 'Matrixleeftijd 65+',
    familyMembers: 'Matrixgezin met twee kinderen',
    diagnosis: 'Matrixdiagnose',
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    for (const [name, email] of Object.entries(readers))
      sessions.set(name as keyof typeof readers, await test.signIn(email));
    // Every free text filled in, past the guideline (which does not record diagnoses): straight into the database.
    const partner = sessions.get('partner')!;
    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        buildingTeamId: team,
        ...fullCase,
        diagnosis: undefined,
        familyMembers: undefined,
        ageGroup: undefined,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = CaseSchema.parse(created.json()).id;
    await test.dataSource
      .getRepository(CaseEntity)
      .update(
        { id },
        { diagnosis: fullCase.diagnosis, familyMembers: fullCase.familyMembers, ageGroup: fullCase.ageGroup },
      );
    stored = await test.dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
  });
  afterAll(async () => {
    await test.close();
  });

  const textOf = (field: (typeof caseFreeTextFields)[number]) => stored[field] as string;
  const cells = Object.keys(readers).flatMap((persona) =>
    caseFreeTextFields.map((field) => ({ persona: persona as keyof typeof readers, field })),
  );

  it('stored every free text of the test case', () => {
    for (const field of caseFreeTextFields) expect(textOf(field), field).toEqual(expect.any(String));
  });

  it.each(cells)('getCase as $persona: $field', async ({ persona, field }) => {
    const response = await sessions.get(persona)!.request({ method: 'GET', url: `/api/v1/cases/${stored.id}` });
    expect(response.statusCode).toBe(200);
    const item = CaseSchema.parse(response.json());
    expect(item.content).toBe(expected[persona]);
    if (expected[persona] === 'full') expect(item[field]).toBe(textOf(field));
    else {
      expect(item[field]).toBeNull();
      expect(response.body).not.toContain(textOf(field));
    }
  });

  it.each(cells)('listCases as $persona: $field', async ({ persona, field }) => {
    const response = await sessions
      .get(persona)!
      .request({ method: 'GET', url: `/api/v1/cases?buildingTeamId=${team}&pageSize=100` });
    const item = CasePageSchema.parse(response.json()).items.find((found) => found.id === stored.id) as Case;
    expect(item.content).toBe(expected[persona]);
    if (expected[persona] === 'full') expect(item[field]).toBe(textOf(field));
    else {
      expect(item[field]).toBeNull();
      expect(response.body).not.toContain(textOf(field));
    }
  });

  it('keeps the coded fields for a manager', async () => {
    const item = CaseSchema.parse(
      (await sessions.get('manager')!.request({ method: 'GET', url: `/api/v1/cases/${stored.id}` })).json(),
    );
    expect(item).toMatchObject({
      content: 'coded',
      status: 'brought-in',
      buildingTeam: { id: team },
      presentingDimensions: ['daily-functioning'],
      underlyingDimensions: ['meaning'],
      lifeDomains: ['social-network'],
      legalFrameworks: ['wmo-2015'],
      professionalsInvolved: 14,
    });
  });

  it.each([
    ['title', 'Matrixtitel'],
    ['narrative', 'Matrixverhaal'],
  ])('a manager’s search matches no %s; a partner’s does', async (_field, word) => {
    const url = `/api/v1/cases?search=${word}`;
    const manager = CasePageSchema.parse((await sessions.get('manager')!.request({ method: 'GET', url })).json());
    expect(manager.items).toEqual([]);
    const partner = CasePageSchema.parse((await sessions.get('partner')!.request({ method: 'GET', url })).json());
    expect(partner.items.map((item) => item.id)).toEqual([stored.id]);
  });

  it('the history names the fields that changed, never their texts', async () => {
    const response = await sessions
      .get('manager')!
      .request({ method: 'GET', url: `/api/v1/cases/${stored.id}/history` });
    expect(CaseHistorySchema.parse(response.json()).items.length).toBeGreaterThan(0);
    for (const field of caseFreeTextFields) expect(response.body).not.toContain(textOf(field));
  });

  describe('in an intervision session the manager takes no part in', () => {
    let sessionId: string;
    let texts: string[];
    beforeAll(async () => {
      const session = await test.dataSource
        .getRepository(IntervisionSessionEntity)
        .findOneByOrFail({ buildingTeamId: team, status: 'ended' });
      const managerId = sessions.get('manager')!.personId;
      await test.dataSource.getRepository(IntervisionSessionEntity).update(
        { id: session.id },
        {
          participantIds: session.participantIds.filter((id) => id !== managerId),
          caseIds: [...session.caseIds, stored.id],
        },
      );
      sessionId = session.id;
      texts = [
        ...(await test.dataSource.getRepository(IntervisionInputEntity).findBy({ sessionId })).map((row) => row.text),
        ...(await test.dataSource.getRepository(IntervisionNoteEntity).findBy({ sessionId })).map((row) => row.text),
        ...(await test.dataSource.getRepository(IntervisionActionEntity).findBy({ sessionId })).map((row) => row.what),
      ];
      expect(texts.length).toBeGreaterThan(2);
    });

    it('the session view names its cases neutrally and shows no actions', async () => {
      const response = await sessions
        .get('manager')!
        .request({ method: 'GET', url: `/api/v1/intervision-sessions/${sessionId}` });
      expect(response.statusCode).toBe(200);
      const view = IntervisionSessionSchema.parse(response.json());
      expect(view.textsWithheld).toBe(true);
      expect(view.actions).toEqual([]);
      expect(view.cases.find((found) => found.id === stored.id)?.name).toMatch(/^Casus van \d{4}-\d{2}-\d{2}$/);
      expect(response.body).not.toContain(stored.title);
      for (const text of texts) expect(response.body).not.toContain(text);
    });

    it.each(['inputs', 'notes'])('the %s are refused with 403', async (kind) => {
      const response = await sessions
        .get('manager')!
        .request({ method: 'GET', url: `/api/v1/intervision-sessions/${sessionId}/${kind}` });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it.each(['partner', 'experienceExpert'] as const)('a %s reads them all', async (persona) => {
      const view = IntervisionSessionSchema.parse(
        (
          await sessions.get(persona)!.request({ method: 'GET', url: `/api/v1/intervision-sessions/${sessionId}` })
        ).json(),
      );
      expect(view.textsWithheld).toBe(false);
      expect(view.cases.find((found) => found.id === stored.id)?.name).toBe(stored.title);
      for (const kind of ['inputs', 'notes']) {
        const response = await sessions
          .get(persona)!
          .request({ method: 'GET', url: `/api/v1/intervision-sessions/${sessionId}/${kind}` });
        expect(response.statusCode).toBe(200);
      }
    });
  });
});
