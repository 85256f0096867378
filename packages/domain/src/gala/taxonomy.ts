import { z } from 'zod';
import { TimestampSchema } from '../common/schema.js';
import { LabelSchema, type Label } from '../vocabulary/label.js';

/*
 * The GALA taxonomies are data, not enums: seeded from the agreement's own lists, an administrator adds items and
 * retires them. A retired item is never deleted, so plans that used it keep their history; it is only refused for
 * new use. Codes are stable identifiers that plans, imports and exports refer to.
 */

export const galaTaxonomyKinds = ['goal', 'chain-approach', 'budget-block'] as const;
export const GalaTaxonomyKindSchema = z
  .enum(galaTaxonomyKinds)
  .meta({ id: 'GalaTaxonomyKind', description: 'Which GALA list an item belongs to.' });
export type GalaTaxonomyKind = z.infer<typeof GalaTaxonomyKindSchema>;

export const GalaTaxonomyCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en streepjes (bijvoorbeeld vitaal-ouder-worden).')
  .max(60, 'Gebruik hoogstens 60 tekens.')
  .meta({ description: 'The stable code of a taxonomy item.', example: 'fall-prevention' });

export const GalaTaxonomyItemSchema = z
  .object({
    kind: GalaTaxonomyKindSchema,
    code: GalaTaxonomyCodeSchema,
    label: LabelSchema,
    retiredAt: TimestampSchema.nullable().meta({ description: 'When it was retired; null while in use.' }),
  })
  .meta({ id: 'GalaTaxonomyItem', description: 'A GALA goal, chain approach or SPUK budget block.' });
export type GalaTaxonomyItem = z.infer<typeof GalaTaxonomyItemSchema>;

export const GalaTaxonomyItemCreateSchema = z
  .strictObject({ code: GalaTaxonomyCodeSchema, label: LabelSchema })
  .meta({ id: 'GalaTaxonomyItemCreate', description: 'A new item of a GALA list.' });
export type GalaTaxonomyItemCreate = z.infer<typeof GalaTaxonomyItemCreateSchema>;

export const GalaTaxonomyItemUpdateSchema = z
  .strictObject({
    label: LabelSchema.optional(),
    retired: z.boolean().optional().meta({ description: 'Retire the item (true) or take it back into use (false).' }),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'GalaTaxonomyItemUpdate', description: 'A new label, or retiring an item; items are never deleted.' });
export type GalaTaxonomyItemUpdate = z.infer<typeof GalaTaxonomyItemUpdateSchema>;

export const GalaTaxonomyListSchema = z
  .object({ items: z.array(GalaTaxonomyItemSchema) })
  .meta({ id: 'GalaTaxonomyList', description: 'The items of one GALA list, retired ones included.' });
export const GalaTaxonomyParamsSchema = z.strictObject({ kind: GalaTaxonomyKindSchema });
export const GalaTaxonomyItemParamsSchema = z.strictObject({
  kind: GalaTaxonomyKindSchema,
  code: GalaTaxonomyCodeSchema,
});

interface SeedItem {
  readonly code: string;
  readonly label: Label;
}

/** The seven goals of the Gezond en Actief Leven Akkoord (2023). */
export const galaGoalSeed = [
  {
    code: 'health-inequalities',
    label: { nl: 'Gezondheidsachterstanden verkleinen', en: 'Reduce health inequalities' },
  },
  {
    code: 'healthy-environment',
    label: {
      nl: 'Gezonde fysieke leefomgeving die uitnodigt tot bewegen en ontmoeten',
      en: 'A healthy physical environment that invites moving and meeting',
    },
  },
  { code: 'social-basis', label: { nl: 'Sociale basis versterken', en: 'Strengthen the social basis' } },
  { code: 'healthy-lifestyle', label: { nl: 'Gezonde leefstijl', en: 'Healthy lifestyle' } },
  {
    code: 'mental-resilience',
    label: { nl: 'Mentale weerbaarheid en mentale gezondheid', en: 'Mental resilience and health' },
  },
  { code: 'vital-ageing', label: { nl: 'Vitaal ouder worden', en: 'Vital ageing' } },
  {
    code: 'prevention-infrastructure',
    label: {
      nl: 'Domeinoverstijgende inzet via een regionale preventie-infrastructuur',
      en: 'Cross-domain effort through a regional prevention infrastructure',
    },
  },
] as const satisfies readonly SeedItem[];

/** The five chain approaches (ketenaanpakken) of the GALA. */
export const galaChainApproachSeed = [
  {
    code: 'combined-lifestyle-intervention',
    label: { nl: 'Gecombineerde leefstijlinterventie (GLI)', en: 'Combined lifestyle intervention (GLI)' },
  },
  { code: 'childhood-overweight', label: { nl: 'Overgewicht bij kinderen', en: 'Childhood overweight' } },
  { code: 'fall-prevention', label: { nl: 'Valpreventie', en: 'Fall prevention' } },
  { code: 'welzijn-op-recept', label: { nl: 'Welzijn op recept', en: 'Welzijn op recept (social prescribing)' } },
  { code: 'kansrijke-start', label: { nl: 'Kansrijke Start', en: 'Kansrijke Start (a good start in life)' } },
] as const satisfies readonly SeedItem[];

/** The three budget blocks of the broad SPUK 2023–2026, which bundles fifteen earlier schemes. */
export const spukBudgetBlockSeed = [
  { code: 'sport-exercise-culture', label: { nl: 'Sport, bewegen en cultuur', en: 'Sport, exercise and culture' } },
  { code: 'health-social-basis', label: { nl: 'Gezondheid en sociale basis', en: 'Health and social basis' } },
  { code: 'supporting-parts', label: { nl: 'Ondersteunende onderdelen', en: 'Supporting parts' } },
] as const satisfies readonly SeedItem[];

/** Every seeded item, ready to store: what a fresh installation starts with. */
export function galaTaxonomySeed(): GalaTaxonomyItem[] {
  const items = (kind: GalaTaxonomyKind, seed: readonly SeedItem[]) =>
    seed.map(({ code, label }) => ({ kind, code, label: { ...label }, retiredAt: null }));
  return [
    ...items('goal', galaGoalSeed),
    ...items('chain-approach', galaChainApproachSeed),
    ...items('budget-block', spukBudgetBlockSeed),
  ];
}
