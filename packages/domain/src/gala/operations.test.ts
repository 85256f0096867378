import { describe, expect, it } from 'vitest';
import { galaOperations, knowledgeVoucherOperations, operations, policy, type Operation } from '../index.js';

/** The regional operations are registered in the API's list and keep its contract. */
describe('the GALA plan and knowledge voucher operations', () => {
  const regional = Object.entries({ ...galaOperations, ...knowledgeVoucherOperations }) as [string, Operation][];

  it('have unique ids and routes, kebab-case paths, a declared permission, and 415 where they take a body', () => {
    const registered = Object.values(operations) as Operation[];
    const routes = registered.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    for (const [key, operation] of regional) {
      expect(operation.operationId).toBe(key);
      expect(operations[key as keyof typeof operations], key).toBe(operation);
      expect(operation.path).toMatch(/^(\/([a-z0-9-]+|\{[a-zA-Z]+\}))+$/);
      expect(operation.path).toMatch(
        /^\/(gala-plans|gala-taxonomies|gala-alerts|knowledge-vouchers|regions\/\{regionId\}\/(gala-dashboard|voucher-networks))(\/|$)/,
      );
      expect(operation.access.permission && operation.access.permission in policy).toBe(true);
      if (operation.body) expect(operation.errors, key).toContain(415);
    }
  });

  it('guard plan changes with If-Match (412, 428) and answer broken rules with 422', () => {
    expect(galaOperations.updateGalaPlan.errors).toEqual(expect.arrayContaining([412, 422, 428]));
    expect(galaOperations.createGalaPlan.errors).toContain(422);
    expect(knowledgeVoucherOperations.transitionKnowledgeVoucher.errors).toEqual(expect.arrayContaining([409, 422]));
  });
});
