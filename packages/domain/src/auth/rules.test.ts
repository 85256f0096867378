import { describe, expect, it } from 'vitest';
import { ApiTokenCreateSchema } from './schema.js';
import { apiTokenExpiresAt, apiTokenScopeAllows, isApiTokenExpired } from './rules.js';

describe('API tokens', () => {
  const createdAt = new Date('2026-12-01T10:00:00Z');

  it('expire after the chosen number of days', () => {
    expect(apiTokenExpiresAt(createdAt, 90).toISOString()).toBe('2027-03-01T10:00:00.000Z');
  });

  it('are refused from the moment they expire', () => {
    const expiresAt = apiTokenExpiresAt(createdAt, 1);
    expect(isApiTokenExpired(expiresAt, new Date('2026-12-02T09:59:59Z'))).toBe(false);
    expect(isApiTokenExpired(expiresAt, new Date('2026-12-02T10:00:00Z'))).toBe(true);
  });

  it.each([
    ['GET', true],
    ['HEAD', true],
    ['get', true],
    ['POST', false],
    ['PUT', false],
    ['PATCH', false],
    ['DELETE', false],
    ['OPTIONS', false],
  ] as const)('with scope read: %s allowed → %s; with read-write always', (method, expected) => {
    expect(apiTokenScopeAllows('read', method)).toBe(expected);
    expect(apiTokenScopeAllows('read-write', method)).toBe(true);
  });

  it('are asked for with a name of at most 100 characters, read scope and 90 days unless chosen, at most a year', () => {
    expect(ApiTokenCreateSchema.parse({ name: 'Koppeling' })).toEqual({
      name: 'Koppeling',
      scope: 'read',
      expiresInDays: 90,
    });
    expect(
      ApiTokenCreateSchema.safeParse({ name: 'x'.repeat(100), scope: 'read-write', expiresInDays: 365 }).success,
    ).toBe(true);
    const tooLong = ApiTokenCreateSchema.safeParse({ name: 'x'.repeat(101) });
    expect(tooLong.error?.issues[0]?.path).toEqual(['name']);
    expect(ApiTokenCreateSchema.safeParse({ name: 'Koppeling', expiresInDays: 366 }).error?.issues[0]?.path).toEqual([
      'expiresInDays',
    ]);
    expect(ApiTokenCreateSchema.safeParse({ name: 'Koppeling', expiresInDays: 0 }).success).toBe(false);
    expect(ApiTokenCreateSchema.safeParse({ name: 'Koppeling', expiresInDays: 1.5 }).success).toBe(false);
    expect(ApiTokenCreateSchema.safeParse({ name: 'Koppeling', scope: 'admin' }).error?.issues[0]?.path).toEqual([
      'scope',
    ]);
  });
});
