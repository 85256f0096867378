import { z } from 'zod';
import { codesOf, type Term } from './label.js';

/** Life domains used in Dutch social work, after the Zelfredzaamheid-Matrix. */
export const lifeDomains = [
  { code: 'finances', label: { nl: 'Financiën', en: 'Finances' } },
  { code: 'work-and-education', label: { nl: 'Werk en opleiding', en: 'Work and education' } },
  { code: 'daytime-activities', label: { nl: 'Tijdsbesteding', en: 'Daytime activities' } },
  { code: 'housing', label: { nl: 'Huisvesting', en: 'Housing' } },
  { code: 'domestic-relations', label: { nl: 'Huiselijke relaties', en: 'Domestic relations' } },
  { code: 'mental-health', label: { nl: 'Geestelijke gezondheid', en: 'Mental health' } },
  { code: 'physical-health', label: { nl: 'Lichamelijke gezondheid', en: 'Physical health' } },
  { code: 'substance-use', label: { nl: 'Middelengebruik', en: 'Substance use' } },
  { code: 'basic-adl', label: { nl: 'Basale ADL', en: 'Basic ADL' } },
  { code: 'instrumental-adl', label: { nl: 'Instrumentele ADL', en: 'Instrumental ADL' } },
  { code: 'social-network', label: { nl: 'Sociaal netwerk', en: 'Social network' } },
  { code: 'social-participation', label: { nl: 'Maatschappelijke participatie', en: 'Social participation' } },
  { code: 'justice', label: { nl: 'Justitie', en: 'Justice' } },
] as const satisfies readonly Term[];

export const LifeDomainSchema = z
  .enum(codesOf(lifeDomains))
  .meta({ id: 'LifeDomain', description: 'A life domain (after the Zelfredzaamheid-Matrix).' });
export type LifeDomain = z.infer<typeof LifeDomainSchema>;
