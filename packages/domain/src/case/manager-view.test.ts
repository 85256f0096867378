import { describe, expect, it } from 'vitest';
import {
  caseContentFor,
  caseFreeTextFields,
  CaseSchema,
  neutralCaseLabel,
  projectCase,
  type Case,
  type Principal,
  type Role,
} from '../index.js';

const team = 'a0000000-0000-4000-8000-000000000001';
const otherTeam = 'a0000000-0000-4000-8000-000000000002';
const ref = (id: string, name: string) => ({ id, name });

const full: Omit<Case, 'content'> = {
  id: 'c0000000-0000-4000-8000-000000000001',
  buildingTeam: ref(team, 'Bouwteam Maastricht'),
  title: 'Vervoer naar de dagbesteding',
  narrative: 'Een huishouden met veertien hulpverleners.',
  presentingQuestion: 'Vervoer naar de dagbesteding.',
  presentingDimensions: ['daily-functioning'],
  underlyingQuestion: 'Eenzaamheid en zingeving.',
  underlyingDimensions: ['meaning'],
  lifeDomains: ['social-network'],
  underlyingLifeDomains: ['finances'],
  professionalsInvolved: 14,
  organisationTypesInvolved: ['gemeente'],
  legalFrameworks: ['wmo-2015'],
  caseDirectorOrganisation: ref('d0000000-0000-4000-8000-000000000001', 'Gemeente'),
  ageGroup: '65+',
  diagnosis: 'Een diagnose',
  familyMembers: 'Twee kinderen',
  status: 'discussed',
  broughtInBy: ref('e0000000-0000-4000-8000-000000000001', 'Partner'),
  organisation: ref('f0000000-0000-4000-8000-000000000001', 'Organisatie'),
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};

const principalWith = (role: Role, contextId = team): Principal => ({
  personId: 'p',
  organisationId: 'o',
  isAdmin: false,
  memberships: [{ contextType: 'building-team', contextId, role }],
});

describe('the manager view of a case', () => {
  it('names every nullable string field of a case as a free text, so a new text field cannot slip through', () => {
    const stringFields = Object.entries(CaseSchema.shape)
      .filter(([, schema]) => schema.safeParse('some text').success && schema.safeParse(null).success)
      .map(([field]) => field);
    expect([...caseFreeTextFields].sort()).toEqual(stringFields.sort());
  });

  it('keeps every field in the full view', () => {
    expect(projectCase(full, 'full')).toEqual({ ...full, content: 'full' });
  });

  it.each(caseFreeTextFields)('withholds %s in the coded view', (field) => {
    const coded = projectCase(full, 'coded');
    expect(coded[field]).toBeNull();
    expect(JSON.stringify(coded)).not.toContain(String(full[field]));
  });

  it('keeps the coded fields in the coded view', () => {
    const coded = projectCase(full, 'coded');
    expect(coded).toMatchObject({
      content: 'coded',
      id: full.id,
      buildingTeam: full.buildingTeam,
      status: 'discussed',
      presentingDimensions: ['daily-functioning'],
      underlyingDimensions: ['meaning'],
      lifeDomains: ['social-network'],
      underlyingLifeDomains: ['finances'],
      legalFrameworks: ['wmo-2015'],
      professionalsInvolved: 14,
      createdAt: full.createdAt,
      updatedAt: full.updatedAt,
    });
    expect(CaseSchema.parse(coded)).toEqual(coded);
  });

  it.each([
    ['partner', 'full'],
    ['facilitator', 'full'],
    ['experience-expert', 'full'],
    ['manager', 'coded'],
    ['coordinator', 'coded'],
  ] as const)('gives a %s of the bouwteam the %s view', (role, view) => {
    expect(caseContentFor({ principal: principalWith(role), buildingTeamId: team })).toBe(view);
  });

  it('gives the coded view to a partner of another bouwteam and to nobody', () => {
    expect(caseContentFor({ principal: principalWith('partner', otherTeam), buildingTeamId: team })).toBe('coded');
    expect(caseContentFor({ principal: null, buildingTeamId: team })).toBe('coded');
  });

  it('labels a case neutrally by the day it was brought in', () => {
    expect(neutralCaseLabel(full)).toEqual({ nl: 'Casus van 2026-03-01', en: 'Case of 2026-03-01' });
  });
});
