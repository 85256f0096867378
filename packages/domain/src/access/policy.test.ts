import { describe, expect, it } from 'vitest';
import { can, judgePassword, mayEver, policy, scopeOf, type Permission, type Principal } from '../index.js';

const team = { type: 'building-team', id: 'team-1' } as const;
const otherTeam = { type: 'building-team', id: 'team-2' } as const;
const principal = (overrides: Partial<Principal> = {}): Principal => ({
  personId: 'p',
  organisationId: 'o',
  isAdmin: false,
  memberships: [],
  ...overrides,
});
const partner = principal({ memberships: [{ contextType: 'building-team', contextId: 'team-1', role: 'partner' }] });
const admin = principal({ isAdmin: true });
const achterhoek = { type: 'region', id: 'region-1' } as const;
const zuidLimburg = { type: 'region', id: 'region-2' } as const;
const coordinator = principal({ memberships: [{ contextType: 'region', contextId: 'region-1', role: 'coordinator' }] });

describe('the authorization policy', () => {
  it('denies everything to nobody', () => {
    for (const permission of Object.keys(policy) as Permission[])
      expect(can({ principal: null, permission }), permission).toBe(false);
  });

  it.each([
    ['building-team:read', partner, team, true],
    ['building-team:read', partner, otherTeam, false],
    ['building-team:read', partner, undefined, false],
    ['building-team:read', admin, otherTeam, true],
    ['person:read', partner, undefined, false],
    ['person:write', admin, undefined, true],
    ['organisation:read', partner, undefined, true],
    ['organisation:write', partner, undefined, false],
    ['access-log:export', admin, undefined, true],
    ['access-log:export', partner, undefined, false],
    ['gala-plan:read', coordinator, achterhoek, true],
    ['gala-plan:write', coordinator, achterhoek, true],
    ['gala-plan:read', coordinator, zuidLimburg, false],
    ['gala-plan:read', partner, team, false],
    ['gala-plan:read', admin, achterhoek, false],
    ['gala-taxonomy:read', partner, undefined, true],
    ['gala-taxonomy:write', admin, undefined, true],
    ['gala-taxonomy:write', coordinator, undefined, false],
    ['voucher:read', coordinator, achterhoek, true],
    ['voucher:read', partner, team, true],
    ['voucher:evaluate', partner, team, true],
    ['voucher:write', partner, team, false],
    ['voucher:read', partner, otherTeam, false],
  ] as const)('%s for %o in %o → %s', (permission, who, context, expected) => {
    expect(can({ principal: who, permission, ...(context ? { context } : {}) })).toBe(expected);
  });

  it('tells 403 (never allowed) apart from 404 (not this record)', () => {
    expect(mayEver({ principal: partner, permission: 'building-team:read' })).toBe(true);
    expect(mayEver({ principal: principal(), permission: 'building-team:read' })).toBe(false);
    expect(mayEver({ principal: partner, permission: 'membership:write' })).toBe(false);
  });

  it('hides GALA plans and vouchers from every role holder without the right (404), and refuses a person without roles (403)', () => {
    for (const permission of ['gala-plan:read', 'gala-plan:write', 'voucher:write'] as const) {
      expect(mayEver({ principal: partner, permission }), permission).toBe(true);
      expect(can({ principal: partner, permission, context: team }), permission).toBe(false);
      expect(scopeOf({ principal: partner, permission, contextType: 'building-team' }), permission).toEqual({
        all: false,
        ids: [],
      });
      expect(mayEver({ principal: admin, permission }), permission).toBe(false);
      expect(mayEver({ principal: principal(), permission }), permission).toBe(false);
    }
    expect(can({ principal: coordinator, permission: 'gala-plan:read', context: zuidLimburg })).toBe(false);
  });

  it('scopes queries to the contexts where the role holds', () => {
    expect(scopeOf({ principal: partner, permission: 'building-team:read', contextType: 'building-team' })).toEqual({
      all: false,
      ids: ['team-1'],
    });
    expect(scopeOf({ principal: partner, permission: 'learning-group:read', contextType: 'learning-group' })).toEqual({
      all: false,
      ids: [],
    });
    expect(scopeOf({ principal: admin, permission: 'building-team:read', contextType: 'building-team' })).toEqual({
      all: true,
    });
    expect(scopeOf({ principal: coordinator, permission: 'gala-plan:read', contextType: 'region' })).toEqual({
      all: false,
      ids: ['region-1'],
    });
    expect(scopeOf({ principal: partner, permission: 'gala-plan:read', contextType: 'region' })).toEqual({
      all: false,
      ids: [],
    });
  });

  it('admin rights are about the platform, not about case contents: every rule naming roles is explicit', () => {
    for (const [permission, rule] of Object.entries(policy)) {
      expect(Object.keys(rule).length, permission).toBeGreaterThan(0);
    }
  });
});

describe('the password policy', () => {
  it.each([
    ['kort', false],
    ['elf-tekens!', false],
    ['wachtwoord', false],
    ['Wachtwoord2024!', false],
    ['123456789012', false],
    ['abcabcabcabc', false],
    ['leerkring-demo', false],
    ['fiets-over-de-oude-ijssel', true],
    ['Zonnige dag in Ulft', true],
  ])('%s → %s', (password, ok) => {
    expect(judgePassword(password).ok).toBe(ok);
  });
});

describe('roles that hold a right only in one kind of context', () => {
  const group = { type: 'learning-group', id: 'group-1' } as const;
  const otherGroup = { type: 'learning-group', id: 'group-2' } as const;
  const groupCoordinator = principal({
    memberships: [{ contextType: 'learning-group', contextId: 'group-1', role: 'coordinator' }],
  });
  const teamCoordinator = principal({
    memberships: [{ contextType: 'building-team', contextId: 'team-1', role: 'coordinator' }],
  });
  const groupPartner = principal({
    memberships: [{ contextType: 'learning-group', contextId: 'group-1', role: 'partner' }],
  });

  it.each([
    ['agreement:write', groupCoordinator, group, true],
    ['agreement:write', groupCoordinator, otherGroup, false],
    ['agreement:write', teamCoordinator, team, false],
    ['learning-group:write', groupCoordinator, group, true],
    ['learning-group:write', groupCoordinator, otherGroup, false],
    ['learning-group:write', groupPartner, group, false],
    ['learning-group:write', admin, group, true],
    ['learning-group:create', groupCoordinator, undefined, false],
    ['learning-group:create', admin, undefined, true],
  ] as const)('%s for %#', (permission, who, context, allowed) => {
    expect(can({ principal: who, permission, ...(context ? { context } : {}) })).toBe(allowed);
  });

  it('scopes and admits by the context type', () => {
    expect(
      scopeOf({ principal: groupCoordinator, permission: 'agreement:write', contextType: 'learning-group' }),
    ).toEqual({ all: false, ids: ['group-1'] });
    expect(
      scopeOf({ principal: teamCoordinator, permission: 'agreement:write', contextType: 'building-team' }),
    ).toEqual({ all: false, ids: [] });
    expect(mayEver({ principal: groupCoordinator, permission: 'agreement:write' })).toBe(true);
    expect(mayEver({ principal: teamCoordinator, permission: 'agreement:write' })).toBe(false);
    // Hidden from the group's other members: the guard lets them through to a 404 or 403 from the service.
    expect(mayEver({ principal: groupPartner, permission: 'learning-group:write' })).toBe(true);
  });
});
