import type { z } from 'zod';
import type { InvalidParam } from './schema.js';

/** Turns zod issues into the `invalidParams` of a problem, naming each field by its path. */
export function invalidParamsFromIssues({
  issues,
  location,
}: {
  issues: readonly z.core.$ZodIssue[];
  location: 'body' | 'query' | 'path' | 'header';
}): InvalidParam[] {
  return issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        name: [location, ...issue.path.map(String), key].join('.'),
        reason: 'Onbekend veld; dit veld bestaat niet.',
        code: 'unknown_field',
      }));
    }
    return [{ name: [location, ...issue.path.map(String)].join('.'), reason: issue.message, code: issue.code }];
  });
}
