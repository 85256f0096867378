import { describe, expect, it } from 'vitest';
import { groupObstacles } from '../index.js';

describe('the system obstacles met most', () => {
  it('groups by legal framework and escalation status, the groups with most distinct cases first', () => {
    expect(
      groupObstacles([
        { legalFramework: 'wmo-2015', escalationStatus: 'open', caseIds: ['a', 'b'] },
        { legalFramework: 'wmo-2015', escalationStatus: 'open', caseIds: ['b', 'c'] },
        { legalFramework: 'wmo-2015', escalationStatus: 'escalated', caseIds: ['d'] },
        { legalFramework: null, escalationStatus: 'open', caseIds: [] },
        { legalFramework: 'jeugdwet', escalationStatus: 'resolved', caseIds: ['e'] },
      ]),
    ).toEqual([
      { legalFramework: 'wmo-2015', escalationStatus: 'open', obstacles: 2, cases: 3 },
      { legalFramework: 'jeugdwet', escalationStatus: 'resolved', obstacles: 1, cases: 1 },
      { legalFramework: 'wmo-2015', escalationStatus: 'escalated', obstacles: 1, cases: 1 },
      { legalFramework: null, escalationStatus: 'open', obstacles: 1, cases: 0 },
    ]);
  });

  it('has no groups without obstacles', () => {
    expect(groupObstacles([])).toEqual([]);
  });
});
