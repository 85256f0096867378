import { z } from 'zod';
import { codesOf, type Term } from './label.js';

/** What a bouwteam works on together. */
export const transformationThemes = [
  { code: 'youth', label: { nl: 'Jeugd', en: 'Youth' } },
  { code: 'wmo', label: { nl: 'Wmo', en: 'Social support (Wmo)' } },
  { code: 'elderly-care', label: { nl: 'Ouderenzorg', en: 'Elderly care' } },
  { code: 'neighbourhood', label: { nl: 'Wijkaanpak', en: 'Neighbourhood' } },
  { code: 'youth-and-wmo', label: { nl: 'Jeugd en Wmo', en: 'Youth and social support' } },
] as const satisfies readonly Term[];

export const TransformationThemeSchema = z
  .enum(codesOf(transformationThemes))
  .meta({ id: 'TransformationTheme', description: 'The transformation a bouwteam works on.' });
export type TransformationTheme = z.infer<typeof TransformationThemeSchema>;
