import { z } from 'zod';
import { codesOf, type Label, type Term } from './label.js';

/**
 * Positieve Gezondheid (Institute for Positive Health): six dimensions of seven aspects each.
 * A conversation instrument, used here as a coding vocabulary for cases and lessons, never as an outcome measure.
 */
export interface PositiveHealthDimension<Code extends string = string> extends Term<Code> {
  readonly aspects: readonly Label[];
}

export const positiveHealthDimensions = [
  {
    code: 'bodily-functions',
    label: { nl: 'Lichaamsfuncties', en: 'Bodily functions' },
    aspects: [
      { nl: 'Me gezond voelen', en: 'Feeling healthy' },
      { nl: 'Me fit voelen', en: 'Feeling fit' },
      { nl: 'Klachten en pijn', en: 'Complaints and pain' },
      { nl: 'Slapen', en: 'Sleep' },
      { nl: 'Eten', en: 'Eating' },
      { nl: 'Conditie', en: 'Physical condition' },
      { nl: 'Bewegen', en: 'Exercise' },
    ],
  },
  {
    code: 'mental-wellbeing',
    label: { nl: 'Mentaal welbevinden', en: 'Mental well-being' },
    aspects: [
      { nl: 'Dingen onthouden', en: 'Remembering things' },
      { nl: 'Me kunnen concentreren', en: 'Being able to concentrate' },
      { nl: 'Kunnen communiceren', en: 'Being able to communicate' },
      { nl: 'Vrolijk zijn', en: 'Being cheerful' },
      { nl: 'Mezelf accepteren', en: 'Accepting yourself' },
      { nl: 'Kunnen omgaan met verandering', en: 'Coping with change' },
      { nl: 'Gevoel van controle', en: 'Sense of control' },
    ],
  },
  {
    code: 'meaning',
    label: { nl: 'Zingeving', en: 'Meaningfulness' },
    aspects: [
      { nl: 'Zinvol leven', en: 'Meaningful life' },
      { nl: 'Levenslust', en: 'Zest for life' },
      { nl: 'Idealen willen bereiken', en: 'Striving for ideals' },
      { nl: 'Vertrouwen hebben', en: 'Trust' },
      { nl: 'Accepteren', en: 'Acceptance' },
      { nl: 'Dankbaarheid', en: 'Gratitude' },
      { nl: 'Blijven leren', en: 'Continuing to learn' },
    ],
  },
  {
    code: 'quality-of-life',
    label: { nl: 'Kwaliteit van leven', en: 'Quality of life' },
    aspects: [
      { nl: 'Genieten', en: 'Enjoyment' },
      { nl: 'Gelukkig zijn', en: 'Being happy' },
      { nl: 'Lekker in je vel zitten', en: 'Feeling good' },
      { nl: 'Balans', en: 'Balance' },
      { nl: 'Je veilig voelen', en: 'Feeling safe' },
      { nl: 'Hoe je woont', en: 'Housing' },
      { nl: 'Genoeg geld hebben', en: 'Making ends meet' },
    ],
  },
  {
    code: 'participation',
    label: { nl: 'Meedoen', en: 'Participation' },
    aspects: [
      { nl: 'Sociale contacten', en: 'Social contacts' },
      { nl: 'Serieus genomen worden', en: 'Being taken seriously' },
      { nl: 'Samen leuke dingen doen', en: 'Doing fun things together' },
      { nl: 'Steun van anderen', en: 'Support from others' },
      { nl: 'Erbij horen', en: 'Belonging' },
      { nl: 'Zinvolle dingen doen', en: 'Doing meaningful things' },
      { nl: 'Interesse in de maatschappij', en: 'Interest in society' },
    ],
  },
  {
    code: 'daily-functioning',
    label: { nl: 'Dagelijks functioneren', en: 'Daily functioning' },
    aspects: [
      { nl: 'Voor jezelf zorgen', en: 'Looking after yourself' },
      { nl: 'Je grenzen kennen', en: 'Knowing your limits' },
      { nl: 'Kennis van gezondheid', en: 'Health literacy' },
      { nl: 'Omgaan met tijd', en: 'Managing time' },
      { nl: 'Omgaan met geld', en: 'Managing money' },
      { nl: 'Kunnen werken', en: 'Being able to work' },
      { nl: 'Hulp kunnen vragen', en: 'Asking for help' },
    ],
  },
] as const satisfies readonly PositiveHealthDimension[];

export const PositiveHealthDimensionSchema = z
  .enum(codesOf(positiveHealthDimensions))
  .meta({ id: 'PositiveHealthDimension', description: 'A dimension of Positieve Gezondheid.' });
export type PositiveHealthDimensionCode = z.infer<typeof PositiveHealthDimensionSchema>;
