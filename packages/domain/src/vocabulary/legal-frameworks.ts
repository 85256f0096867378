import { z } from 'zod';
import { codesOf, type Term } from './label.js';

/** Legal frameworks a case can touch. */
export const legalFrameworks = [
  { code: 'wmo-2015', label: { nl: 'Wmo 2015', en: 'Social Support Act (Wmo 2015)' } },
  { code: 'jeugdwet', label: { nl: 'Jeugdwet', en: 'Youth Act (Jeugdwet)' } },
  { code: 'zvw', label: { nl: 'Zorgverzekeringswet (Zvw)', en: 'Health Insurance Act (Zvw)' } },
  { code: 'wlz', label: { nl: 'Wet langdurige zorg (Wlz)', en: 'Long-term Care Act (Wlz)' } },
  { code: 'participatiewet', label: { nl: 'Participatiewet', en: 'Participation Act' } },
  {
    code: 'wgs',
    label: { nl: 'Wet gemeentelijke schuldhulpverlening', en: 'Municipal Debt Assistance Act' },
  },
  { code: 'wpg', label: { nl: 'Wet publieke gezondheid', en: 'Public Health Act' } },
] as const satisfies readonly Term[];

export const LegalFrameworkSchema = z
  .enum(codesOf(legalFrameworks))
  .meta({ id: 'LegalFramework', description: 'A legal framework a case can touch.' });
export type LegalFramework = z.infer<typeof LegalFrameworkSchema>;
