import { describe, expect, it } from 'vitest';
import {
  legalFrameworks,
  LegalFrameworkSchema,
  lifeDomains,
  organisationTypes,
  OrganisationTypeSchema,
  positiveHealthDimensions,
  PositiveHealthDimensionSchema,
} from '../index.js';

describe('the shared vocabulary', () => {
  it('has the six dimensions of Positieve Gezondheid with seven aspects each', () => {
    expect(positiveHealthDimensions.map((dimension) => dimension.label.nl)).toEqual([
      'Lichaamsfuncties',
      'Mentaal welbevinden',
      'Zingeving',
      'Kwaliteit van leven',
      'Meedoen',
      'Dagelijks functioneren',
    ]);
    for (const dimension of positiveHealthDimensions) expect(dimension.aspects, dimension.code).toHaveLength(7);
    expect(PositiveHealthDimensionSchema.options).toHaveLength(6);
  });

  it('has the thirteen life domains of the Zelfredzaamheid-Matrix', () => {
    expect(lifeDomains).toHaveLength(13);
  });

  it('has the seven legal frameworks and the nine organisation types', () => {
    expect(legalFrameworks.map((framework) => framework.label.nl)).toContain('Wmo 2015');
    expect(LegalFrameworkSchema.options).toHaveLength(7);
    expect(organisationTypes).toHaveLength(9);
    expect(OrganisationTypeSchema.safeParse('ziekenhuis').success).toBe(false);
  });

  it.each([
    ['organisation types', organisationTypes],
    ['dimensions', positiveHealthDimensions],
    ['life domains', lifeDomains],
    ['legal frameworks', legalFrameworks],
  ] as const)('names every one of the %s in Dutch and English, with unique codes', (_, terms) => {
    const codes = terms.map((term) => term.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const term of terms) {
      expect(term.label.nl.trim()).not.toBe('');
      expect(term.label.en.trim()).not.toBe('');
    }
  });
});
