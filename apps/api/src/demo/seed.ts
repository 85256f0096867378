import type { DataSource, EntityManager } from 'typeorm';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { hashPassword } from '../common/secrets.js';
import { CaseChangeEntity } from '../cases/case-change.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { SystemObstacleEntity } from '../lessons/system-obstacle.entity.js';
import { demoCases, demoGuidelineClauses, demoLessons, demoObstacles, insightCases } from './demo-cases.js';
import { PersonEntity } from '../people/person.entity.js';
import { seedDemoIntervision } from './demo-sessions.js';
import { seedDemoAgreements } from './demo-agreements.js';
import { seedDemoTalkingDocument } from './demo-talking-document.js';
import { seedDemoGala } from './demo-gala.js';
import { seedDemoInsight } from './demo-insight.js';
import { seedDemoGuidelineReasons } from './demo-guideline-reasons.js';
import { seedDemoGroupMeeting } from './demo-group-meeting.js';
import {
  buildingTeams,
  demoPassword,
  demoPeople,
  gemeente,
  knowledgeInstitute,
  learningGroup,
  municipalityOins,
  regions,
  type DemoOrganisation,
} from './demo-data.js';

export interface DemoSummary {
  people: number;
  organisations: number;
  regions: number;
  buildingTeams: number;
  learningGroups: number;
}

/** Demo data goes into an empty database in demo mode only (`pnpm start`, `--demo` or LEERKRING_DEMO), on either database. */
export function shouldLoadDemoData({ demoMode, empty }: { demoMode: boolean; empty: boolean }): boolean {
  return empty && demoMode;
}

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(OrganisationEntity).count()) === 0;
}

/** Loads the Dutch demo data in one transaction. */
export async function seedDemoData(dataSource: DataSource): Promise<DemoSummary> {
  return dataSource.transaction(async (manager) => {
    const organisations = new Map<string, OrganisationEntity>();
    const organisation = async (data: DemoOrganisation) => {
      const existing = organisations.get(data.name);
      if (existing) return existing;
      const saved = await manager.save(
        manager.create(OrganisationEntity, {
          name: data.name,
          type: data.type,
          kvkNumber: data.kvkNumber ?? null,
          oin: data.oin ?? null,
        }),
      );
      organisations.set(data.name, saved);
      return saved;
    };
    const municipality = (name: string) => organisation(gemeente(name, municipalityOins[name]));

    const savedRegions = new Map<string, RegionEntity>();
    for (const region of regions) {
      const municipalities = [];
      for (const name of region.municipalities) municipalities.push(await municipality(name));
      savedRegions.set(
        region.name,
        await manager.save(manager.create(RegionEntity, { name: region.name, municipalities })),
      );
    }
    const savedTeams: BuildingTeamEntity[] = [];
    for (const team of buildingTeams) {
      const partners = [];
      for (const partner of team.partners) partners.push(await organisation(partner));
      const saved = await manager.save(
        manager.create(BuildingTeamEntity, {
          name: team.name,
          theme: team.theme,
          description: team.description,
          startDate: team.startDate,
          municipality: await municipality(team.municipality),
          partners,
        }),
      );
      savedTeams.push(saved);
    }
    await organisation(knowledgeInstitute);
    const group = await manager.save(
      manager.create(LearningGroupEntity, {
        name: learningGroup.name,
        theme: learningGroup.theme,
        description: learningGroup.description,
        startDate: learningGroup.startDate,
        endDate: learningGroup.endDate,
        regions: learningGroup.regions.map((name) => savedRegions.get(name)!),
      }),
    );
    const contexts = {
      'oude-ijsselstreek': { contextType: 'building-team', contextId: savedTeams[0]!.id },
      maastricht: { contextType: 'building-team', contextId: savedTeams[1]!.id },
      achterhoek: { contextType: 'region', contextId: savedRegions.get('Achterhoek')!.id },
      'learning-group': { contextType: 'learning-group', contextId: group.id },
    } as const;
    const passwordHash = await demoPasswordHash();
    const people = new Map<string, PersonEntity>();
    for (const demoPerson of demoPeople) {
      const owner =
        organisations.get(demoPerson.organisation) ??
        (await municipality(demoPerson.organisation.replace(/^Gemeente /, '')));
      const person = await manager.save(
        manager.create(PersonEntity, {
          name: demoPerson.name,
          email: demoPerson.email,
          organisationId: owner.id,
          passwordHash,
          isAdmin: demoPerson.isAdmin ?? false,
        }),
      );
      for (const { context, role, represents } of demoPerson.roles) {
        const representsRegionId = represents ? savedRegions.get(represents)!.id : null;
        await manager.save(
          manager.create(MembershipEntity, { personId: person.id, ...contexts[context], role, representsRegionId }),
        );
      }
      people.set(demoPerson.email, person);
    }
    await seedGuidelinesAndCases(manager, { 'oude-ijsselstreek': savedTeams[0]!, maastricht: savedTeams[1]! }, people);
    await seedDemoIntervision(manager, savedTeams[0]!, people);
    await seedDemoGuidelineReasons(manager, savedTeams[0]!, people);
    await seedDemoAgreements(manager, savedTeams[0]!, people);
    await seedDemoTalkingDocument(manager, group, people.get('coordinator@leerkring.test')!, savedRegions);
    await seedDemoGroupMeeting(manager, group, savedTeams[0]!, people);
    await seedDemoGala(manager, {
      region: savedRegions.get('Achterhoek')!,
      network: savedTeams[0]!,
      organisations,
      people,
    });
    return summarise(manager);
  });
}

async function seedGuidelinesAndCases(
  manager: EntityManager,
  teams: Record<'oude-ijsselstreek' | 'maastricht', BuildingTeamEntity>,
  people: Map<string, PersonEntity>,
): Promise<void> {
  const firstVersion = demoGuidelineClauses.map((clause) =>
    clause.field === 'familyMembers' ? { ...clause, rule: 'optional' as const } : clause,
  );
  const now = Date.now();
  await manager.save(RegistrationGuidelineEntity, {
    buildingTeamId: teams['oude-ijsselstreek'].id,
    version: 1,
    status: 'superseded',
    clauses: firstVersion,
    changelog: 'Eerste versie: wat we registreren om van casuïstiek te leren.',
    lessonIds: [],
    inForceSince: new Date(now - 200 * 24 * 3600 * 1000),
  });
  for (const [key, team] of Object.entries(teams)) {
    await manager.save(RegistrationGuidelineEntity, {
      buildingTeamId: team.id,
      version: key === 'oude-ijsselstreek' ? 2 : 1,
      status: 'in-force',
      clauses: demoGuidelineClauses,
      changelog:
        key === 'oude-ijsselstreek'
          ? 'Namen van gezinsleden registreren we niet meer: ze voegen niets toe aan het leren en maken een situatie herkenbaar.'
          : 'Eerste versie, naar het voorbeeld van Blauwe Zorg: geen diagnoses, geen namen van gezinsleden.',
      lessonIds: [],
      inForceSince: new Date(now - 60 * 24 * 3600 * 1000),
    });
  }
  const caseIds = new Map<string, string>();
  for (const demoCase of demoCases) {
    const person = people.get(demoCase.by)!;
    const { caseDirectorOrganisationId, ...fields } = demoCase.fields;
    const saved = await manager.save(CaseEntity, {
      presentingDimensions: [],
      underlyingDimensions: [],
      lifeDomains: [],
      organisationTypesInvolved: [],
      legalFrameworks: [],
      ...fields,
      title: fields.title!,
      caseDirectorOrganisationId: caseDirectorOrganisationId ?? null,
      buildingTeamId: teams[demoCase.team].id,
      status: demoCase.status,
      broughtInById: person.id,
      organisationId: person.organisationId,
    });
    await manager.save(CaseChangeEntity, {
      caseId: saved.id,
      changedAt: new Date(),
      changedById: person.id,
      fields: Object.keys(demoCase.fields).sort(),
    });
    caseIds.set(saved.title, saved.id);
  }
  const team = teams['oude-ijsselstreek'].id;
  const facilitator = people.get('facilitator@leerkring.test')!;
  const partner = people.get('partner@leerkring.test')!;
  // Older than the cases above, so the newest stay on the first page of the case list.
  const longAgo = new Date(Date.now() - 400 * 24 * 3600 * 1000);
  await manager.insert(
    CaseEntity,
    insightCases().map((fields) => ({
      lifeDomains: [],
      organisationTypesInvolved: [],
      legalFrameworks: [],
      presentingDimensions: fields.presentingDimensions ?? [],
      underlyingDimensions: fields.underlyingDimensions ?? [],
      title: fields.title!,
      narrative: fields.narrative ?? null,
      presentingQuestion: fields.presentingQuestion ?? null,
      buildingTeamId: team,
      status: 'discussed' as const,
      broughtInById: partner.id,
      organisationId: partner.organisationId,
      createdAt: longAgo,
      updatedAt: longAgo,
    })),
  );
  await seedDemoInsight(manager, teams['oude-ijsselstreek'], { partner, facilitator });
  for (const lesson of demoLessons) {
    await manager.save(LessonEntity, {
      buildingTeamId: team,
      text: lesson.text,
      caseIds: lesson.caseTitles.map((title) => caseIds.get(title)!),
      sessionIds: [],
      dimensions: lesson.dimensions,
      theme: lesson.theme,
      followUp: lesson.followUp,
      status: 'open',
      recordedById: facilitator.id,
    });
  }
  for (const obstacle of demoObstacles) {
    await manager.save(SystemObstacleEntity, {
      buildingTeamId: team,
      title: obstacle.title,
      description: obstacle.description,
      legalFramework: obstacle.legalFramework,
      caseIds: obstacle.caseTitles.map((title) => caseIds.get(title)!),
      escalationStatus: 'open',
    });
  }
}

/** Hashed once per process: tests seed the demo data many times. */
let demoHash: Promise<string> | undefined;
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(demoPassword);
  return demoHash;
}

async function summarise(manager: EntityManager): Promise<DemoSummary> {
  return {
    people: await manager.count(PersonEntity),
    organisations: await manager.count(OrganisationEntity),
    regions: await manager.count(RegionEntity),
    buildingTeams: await manager.count(BuildingTeamEntity),
    learningGroups: await manager.count(LearningGroupEntity),
  };
}
