import type { OperationId } from '@leerkring/domain';
import { randomUUID } from 'node:crypto';
import { MembershipEntity } from '../../memberships/membership.entity.js';
import { personas, all, signedIn, adminOnly, unique, scratchPerson, pendingGrant, type Probe } from './fixtures.js';

/** The rows of the platform: health, the contract, signing in, organisations, regions, bouwteams, people, memberships, the access log. */
export const platformRows = {
  getHealth: { expect: all(200) },
  getOpenApiDocument: { expect: all(200) },
  getSsoConfiguration: { expect: all(200) },
  // Single sign-on is not configured in this app: both ends of it do not exist, for anyone (see oidc/oidc.test.ts).
  startSsoLogin: { query: '?returnTo=%2F', expect: all(404) },
  completeSsoLogin: { query: '?code=abc&state=def', expect: all(404) },
  // Signing in ends the session the browser already had (no session fixation): not the persona's shared one.
  login: {
    freshSession: true,
    body: (_, persona) => ({ email: personas[persona] ?? personas.partner, password: 'leerkring-demo' }),
    expect: all(200),
  },
  logout: { freshSession: true, expect: all(204) },
  getMe: { expect: signedIn(200) },
  listMyApiTokens: { expect: signedIn(200) },
  createMyApiToken: { body: () => ({ name: `Koppeling ${unique()}` }), expect: signedIn(201) },
  revokeMyApiToken: {
    params: async (_context, session) => {
      if (!session) return { tokenId: randomUUID() };
      const created = await session.request({
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        payload: { name: `Weg ${unique()}` },
      });
      return { tokenId: (created.json() as { id: string }).id };
    },
    expect: signedIn(204),
  },
  listMyRecordAccess: { expect: signedIn(200) },
  getOverview: { expect: signedIn(200) },
  getMyWork: { expect: signedIn(200) },
  listOrganisations: { expect: signedIn(200) },
  getOrganisation: { params: (f) => ({ organisationId: f.organisation }), expect: signedIn(200) },
  createOrganisation: { body: () => ({ name: `Stichting Matrix ${unique()}`, type: 'other' }), expect: adminOnly(201) },
  updateOrganisation: {
    params: (f) => ({ organisationId: f.organisation }),
    body: () => ({ kvkNumber: '09170001' }),
    expect: adminOnly(200),
  },
  listRegions: { expect: signedIn(200) },
  getRegion: { params: (f) => ({ regionId: f.achterhoek }), expect: signedIn(200) },
  createRegion: {
    body: (f) => ({ name: `Regio ${unique()}`, municipalityIds: [f.municipality] }),
    expect: adminOnly(201),
  },
  updateRegion: {
    params: (f) => ({ regionId: f.achterhoek }),
    body: () => ({ name: 'Achterhoek' }),
    expect: adminOnly(200),
  },
  listBuildingTeams: { expect: signedIn(200) },
  getBuildingTeam: {
    params: (f) => ({ buildingTeamId: f.oudeIJsselstreek }),
    // A bouwteam one is not part of does not exist for them: 404, never 403.
    expect: { ...signedIn(200), coordinator: 404, outsider: 404 },
  },
  createBuildingTeam: {
    body: (f) => ({
      name: `Bouwteam ${unique()}`,
      theme: 'wmo',
      startDate: '2026-01-01',
      municipalityId: f.municipality,
      partnerIds: [f.organisation],
    }),
    expect: adminOnly(201),
  },
  updateBuildingTeam: {
    params: (f) => ({ buildingTeamId: f.maastricht }),
    body: () => ({ description: 'Blauwe Zorg in de Wijk.' }),
    expect: adminOnly(200),
  },
  listLearningGroups: { expect: signedIn(200) },
  listPeople: { expect: adminOnly(200) },
  getPerson: { params: (f) => ({ personId: f.person }), expect: adminOnly(200) },
  createPerson: {
    body: (f) => ({
      name: 'Nieuwe Collega',
      email: `collega-${unique()}@leerkring.test`,
      organisationId: f.organisation,
    }),
    expect: adminOnly(201),
  },
  updatePerson: {
    params: (f) => ({ personId: f.person }),
    body: () => ({ name: 'Matrix Persoon' }),
    expect: adminOnly(200),
  },
  listMemberships: { expect: adminOnly(200) },
  createMembership: {
    body: async (f) => ({
      personId: await scratchPerson(f),
      contextType: 'building-team',
      contextId: f.maastricht,
      role: 'partner',
    }),
    expect: adminOnly(201),
  },
  deleteMembership: {
    params: async (f) => {
      const membership = await f.test.dataSource
        .getRepository(MembershipEntity)
        .save({ personId: await scratchPerson(f), contextType: 'region', contextId: f.achterhoek, role: 'manager' });
      return { membershipId: membership.id };
    },
    expect: adminOnly(204),
  },
  // Four eyes: a partner grant asked for by another administrator, decided by the admin persona.
  approveMembership: { params: async (f) => ({ membershipId: await pendingGrant(f) }), expect: adminOnly(200) },
  rejectMembership: { params: async (f) => ({ membershipId: await pendingGrant(f) }), expect: adminOnly(200) },
  createPasswordResetLink: { params: async (f) => ({ personId: await scratchPerson(f) }), expect: adminOnly(201) },
  // Public: an unknown link is refused for everyone alike.
  resetPassword: {
    body: () => ({ token: 'onbekende-herstellink', password: 'een-lange-zin-als-wachtwoord' }),
    expect: all(422),
  },
  listAccessLog: { expect: adminOnly(200) },
  exportAccessLog: { expect: adminOnly(200) },
  // Case contents belong to the bouwteam's members: the administrator manages the platform, not cases (403).
} satisfies Partial<Record<OperationId, Probe>>;
