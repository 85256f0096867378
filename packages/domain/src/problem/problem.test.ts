import { describe, expect, it } from 'vitest';
import { invalidParamsFromIssues, OrganisationCreateSchema } from '../index.js';

describe('invalid params from schema issues', () => {
  it('names each invalid field by location and path, and each unknown field on its own', () => {
    const result = OrganisationCreateSchema.safeParse({ name: 1, type: 'gemeente', colour: 'blauw', size: 3 });
    expect(result.success).toBe(false);
    const params = invalidParamsFromIssues({ issues: result.error!.issues, location: 'body' });
    expect(params.map((param) => [param.name, param.code])).toEqual([
      ['body.name', 'invalid_type'],
      ['body.colour', 'unknown_field'],
      ['body.size', 'unknown_field'],
    ]);
    for (const param of params) expect(param.reason).not.toBe('');
  });
});
