import { describe, expect, it } from 'vitest';
import { roles } from '../access/roles.js';
import { grantNeedsApproval, judgeGrantDecision, judgeGrantRequest, rolesWith } from './rules.js';

describe('four-eyes grants', () => {
  it.each([
    ['partner', true],
    ['facilitator', true],
    ['experience-expert', true],
    ['manager', false],
    ['coordinator', false],
  ] as const)('a grant of %s needs a second administrator: %s', (role, expected) => {
    expect(grantNeedsApproval({ role })).toBe(expected);
  });

  it('follows the policy: exactly the roles that read case narratives', () => {
    const needing = roles.map((role) => role.code).filter((role) => grantNeedsApproval({ role }));
    expect(needing).toEqual(
      roles.map((role) => role.code).filter((role) => rolesWith({ permission: 'case:read-narrative' }).includes(role)),
    );
  });

  it.each([
    [
      { requesterId: 'a', granteeId: 'a' },
      { ok: false, reason: 'self-grant' },
    ],
    [{ requesterId: 'a', granteeId: 'b' }, { ok: true }],
  ])('judges a request %o', (input, verdict) => {
    expect(judgeGrantRequest(input)).toEqual(verdict);
  });

  it.each([
    [
      { deciderId: 'a', requesterId: 'a', granteeId: 'b' },
      { ok: false, reason: 'own-request' },
    ],
    [
      { deciderId: 'b', requesterId: 'a', granteeId: 'b' },
      { ok: false, reason: 'own-grant' },
    ],
    [{ deciderId: 'c', requesterId: 'a', granteeId: 'b' }, { ok: true }],
    [{ deciderId: 'c', requesterId: null, granteeId: 'b' }, { ok: true }],
  ])('judges a decision %o', (input, verdict) => {
    expect(judgeGrantDecision(input)).toEqual(verdict);
  });
});
