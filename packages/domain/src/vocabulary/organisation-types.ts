import { z } from 'zod';
import { codesOf, type Term } from './label.js';

export const organisationTypes = [
  { code: 'gemeente', label: { nl: 'Gemeente', en: 'Municipality' } },
  { code: 'zorgaanbieder', label: { nl: 'Zorgaanbieder', en: 'Care provider' } },
  { code: 'welzijnsorganisatie', label: { nl: 'Welzijnsorganisatie', en: 'Welfare organisation' } },
  { code: 'ggd', label: { nl: 'GGD', en: 'Public health service (GGD)' } },
  { code: 'zorgverzekeraar', label: { nl: 'Zorgverzekeraar', en: 'Health insurer' } },
  { code: 'netwerk', label: { nl: 'Netwerk', en: 'Network' } },
  { code: 'kennisinstituut', label: { nl: 'Kennisinstituut', en: 'Knowledge institute' } },
  { code: 'bewonersinitiatief', label: { nl: 'Bewonersinitiatief', en: "Residents' initiative" } },
  { code: 'other', label: { nl: 'Anders', en: 'Other' } },
] as const satisfies readonly Term[];

export const OrganisationTypeSchema = z
  .enum(codesOf(organisationTypes))
  .meta({ id: 'OrganisationType', description: 'The kind of organisation.' });
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;
