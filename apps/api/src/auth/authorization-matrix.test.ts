import { fillPath, operations, type Operation, type OperationId } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { SystemObstacleEntity } from '../lessons/system-obstacle.entity.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';
import { apiRoutesOf } from '../common/http/http-setup.js';
import { AgreementEntity, AgreementVersionEntity } from '../agreements/agreement.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import {
  personas,
  personaNames,
  type Persona,
  type Fixtures,
  type Probe,
} from '../testing/authorization-matrix/fixtures.js';
import { matrix } from '../testing/authorization-matrix/matrix.js';
import { hashPassword } from '../common/secrets.js';
import { demoPassword } from '../demo/demo-data.js';
import { MembershipEntity } from '../memberships/membership.entity.js';

/** The coordinator of Zuid-Limburg, a region of which no demo account holds a role. */
async function makeOtherCoordinator(test: TestApp, regionId: string): Promise<void> {
  const person = await test.dataSource.getRepository(PersonEntity).save({
    name: 'Coördinator Zuid-Limburg',
    email: personas.otherCoordinator,
    organisationId: (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Gemeente Maastricht' })
    ).id,
    passwordHash: await hashPassword(demoPassword),
  });
  await test.dataSource
    .getRepository(MembershipEntity)
    .save({ personId: person.id, contextType: 'region', contextId: regionId, role: 'coordinator' });
}

/**
 * Every route of the running app × anonymous, every role, the administrator, and a partner of another tenant, with the
 * status each must get (the rows are in testing/authorization-matrix/). A route without a row here fails the test.
 */
describe('the authorization matrix', () => {
  let test: TestApp;
  let fixtures: Fixtures;
  const sessions = new Map<Persona, TestSession>();

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const byName = async <T extends { id: string }>(entity: new () => T, name: string) =>
      (await test.dataSource.getRepository(entity).findOneByOrFail({ name } as never)).id;
    fixtures = {
      test,
      oudeIJsselstreek: await byName(BuildingTeamEntity, 'Bouwteam Jeugd en Wmo Oude IJsselstreek'),
      maastricht: await byName(BuildingTeamEntity, 'Blauwe Zorg in de Wijk Maastricht'),
      achterhoek: await byName(RegionEntity, 'Achterhoek'),
      learningGroup: await byName(LearningGroupEntity, 'Financieren vanuit de bedoeling'),
      organisation: await byName(OrganisationEntity, 'Zorggroep De Linde'),
      municipality: await byName(OrganisationEntity, 'Gemeente Aalten'),
      person: (
        await test.dataSource.getRepository(PersonEntity).save({
          name: 'Matrix Persoon',
          email: 'matrix@leerkring.test',
          organisationId: await byName(OrganisationEntity, 'Zorggroep De Linde'),
          passwordHash: null,
        })
      ).id,
      oudeIJsselstreekCase: '',
      oudeIJsselstreekGuideline: '',
      oudeIJsselstreekLesson: '',
      oudeIJsselstreekObstacle: '',
      agreement: '',
      inForceVersion: '',
      proposedVersion: '',
    };
    fixtures.agreement = (
      await test.dataSource
        .getRepository(AgreementEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek })
    ).id;
    fixtures.inForceVersion = (
      await test.dataSource
        .getRepository(AgreementVersionEntity)
        .findOneByOrFail({ agreementId: fixtures.agreement, status: 'beta' })
    ).id;
    fixtures.proposedVersion = (
      await test.dataSource
        .getRepository(AgreementVersionEntity)
        .findOneByOrFail({ agreementId: fixtures.agreement, status: 'proposed' })
    ).id;
    fixtures.oudeIJsselstreekLesson = (
      await test.dataSource
        .getRepository(LessonEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, followUp: 'change-agreement' })
    ).id;
    fixtures.oudeIJsselstreekObstacle = (
      await test.dataSource
        .getRepository(SystemObstacleEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek })
    ).id;
    fixtures.oudeIJsselstreekCase = (
      await test.dataSource
        .getRepository(CaseEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'discussed' })
    ).id;
    fixtures.oudeIJsselstreekGuideline = (
      await test.dataSource
        .getRepository(RegistrationGuidelineEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'in-force' })
    ).id;
    expect(await test.dataSource.getRepository(LearningGroupEntity).count()).toBe(1);
    await makeOtherCoordinator(test, await byName(RegionEntity, 'Zuid-Limburg'));
    for (const persona of personaNames) {
      const email = personas[persona];
      if (email) sessions.set(persona, await test.signIn(email));
    }
  });
  afterAll(async () => {
    await test.close();
  });

  it('has a row for every route the app serves, and a route for every row', () => {
    const served = apiRoutesOf(test.app);
    const declared = (Object.values(operations) as Operation[])
      .map((operation) => `${operation.method} /api/v1${operation.path.replace(/\{(\w+)\}/g, ':$1')}`)
      .sort();
    expect(served).toEqual(declared);
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(operations).sort());
  });

  const cells = (Object.entries(matrix) as [OperationId, Probe][]).flatMap(([operationId, probe]) =>
    personaNames.map((persona) => ({
      operationId,
      persona,
      probe,
      status: probe.expect[persona] ?? probe.expect.coordinator,
    })),
  );

  it.each(cells)('$operationId as $persona → $status', async ({ operationId, persona, probe, status }) => {
    const operation: Operation = operations[operationId];
    let session = sessions.get(persona) ?? null;
    if (probe.freshSession && personas[persona]) session = await test.signIn(personas[persona]!);
    const params = probe.params ? await probe.params(fixtures, session) : {};
    const body = probe.body ? await probe.body(fixtures, persona) : undefined;
    const options = {
      method: operation.method,
      url: `/api/v1${fillPath({ path: operation.path, params })}${typeof probe.query === 'function' ? probe.query(fixtures) : (probe.query ?? '')}`,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      ...(probe.headers ? { headers: probe.headers } : {}),
    };
    const response = session ? await session.request(options) : await test.request(options);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
