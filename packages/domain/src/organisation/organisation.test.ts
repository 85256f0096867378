import { describe, expect, it } from 'vitest';
import { KvkNumberSchema, OinSchema, OrganisationCreateSchema } from '../index.js';

describe('organisation identifiers', () => {
  it.each([
    ['09123456', true],
    ['0912345', false],
    ['091234567', false],
    ['0912345a', false],
  ])('KvK number %s → %s', (value, valid) => {
    expect(KvkNumberSchema.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['00000001001172773000', true],
    ['00000003123456780000', true],
    ['00000000123456780000', false],
    ['1234567890123456789', false],
  ])('OIN %s → %s', (value, valid) => {
    expect(OinSchema.safeParse(value).success).toBe(valid);
  });

  it('trims the name and refuses unknown fields', () => {
    expect(OrganisationCreateSchema.parse({ name: '  GGD Twente ', type: 'ggd' }).name).toBe('GGD Twente');
    expect(OrganisationCreateSchema.safeParse({ name: 'GGD Twente', type: 'ggd', bsn: '1' }).success).toBe(false);
  });
});
