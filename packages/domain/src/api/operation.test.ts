import { describe, expect, it } from 'vitest';
import { fillPath, matchesPath, operations, type Operation } from '../index.js';

describe('operations', () => {
  it('fill their path parameters, encoded', () => {
    expect(fillPath({ path: '/organisations/{organisationId}', params: { organisationId: 'a/b' } })).toBe(
      '/organisations/a%2Fb',
    );
    expect(() => fillPath({ path: '/regions/{regionId}', params: {} })).toThrow(/regionId/);
  });

  it.each([
    ['/organisations/{organisationId}', '/organisations/0b7c1a52', true],
    ['/organisations/{organisationId}', '/organisations/', false],
    ['/organisations/{organisationId}', '/organisations/a/b', false],
    ['/openapi.json', '/openapiXjson', false],
    ['/building-teams', '/building-teams', true],
  ])('match %s against %s → %s', (template, path, expected) => {
    expect(matchesPath({ template, path })).toBe(expected);
  });

  it('have unique ids, kebab-case paths without trailing slash, and a declared access', () => {
    const all = Object.entries(operations) as [string, Operation][];
    for (const [key, operation] of all) {
      expect(operation.operationId).toBe(key);
      expect(operation.path).toMatch(/^(\/([a-z0-9-]+|\{[a-zA-Z]+\}|openapi\.json))+$/);
      expect(operation.access).toBeDefined();
    }
    const routes = all.map(([, operation]) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('with a body answer 400 and 415 where a client can get them wrong', () => {
    for (const operation of Object.values(operations) as Operation[]) {
      if (operation.body) expect(operation.errors, operation.operationId).toContain(415);
    }
  });
});
