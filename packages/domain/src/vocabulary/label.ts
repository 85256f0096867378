import { z } from 'zod';

/** A term shown in the interface: Dutch first, English too. */
export const LabelSchema = z
  .object({
    nl: z.string().min(1, 'Vul de Nederlandse tekst in.').max(5_000),
    en: z.string().min(1, 'Vul de Engelse tekst in.').max(5_000),
  })
  .meta({ id: 'Label', description: 'A term in Dutch (nl) and English (en).' });
export type Label = z.infer<typeof LabelSchema>;

export type Language = keyof Label;
export const languages = ['nl', 'en'] as const satisfies readonly Language[];

/** A vocabulary term: a stable code with its labels. */
export interface Term<Code extends string = string> {
  readonly code: Code;
  readonly label: Label;
}

/** Builds the zod enum of a vocabulary from its terms, so the list is written once. */
export function codesOf<const T extends readonly Term[]>(terms: T): [T[number]['code'], ...T[number]['code'][]] {
  return terms.map((term) => term.code) as [T[number]['code'], ...T[number]['code'][]];
}
