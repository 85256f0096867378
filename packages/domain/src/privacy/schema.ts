import { z } from 'zod';
import { codesOf, type Term } from '../vocabulary/label.js';

/**
 * The kinds of data that point at a person. A case describes a situation, never a person,
 * so free text carrying any of these is refused or redacted before it is stored.
 */
export const identifierKinds = [
  { code: 'bsn', label: { nl: 'Burgerservicenummer (BSN)', en: 'Citizen service number (BSN)' } },
  { code: 'iban', label: { nl: 'Rekeningnummer (IBAN)', en: 'Bank account number (IBAN)' } },
  { code: 'phone', label: { nl: 'Telefoonnummer', en: 'Phone number' } },
  { code: 'email', label: { nl: 'E-mailadres', en: 'E-mail address' } },
  { code: 'postcode-house-number', label: { nl: 'Postcode met huisnummer', en: 'Postcode with house number' } },
  { code: 'birth-date', label: { nl: 'Geboortedatum', en: 'Date of birth' } },
  { code: 'name', label: { nl: 'Naam', en: 'Name' } },
] as const satisfies readonly Term[];

export const IdentifierKindSchema = z
  .enum(codesOf(identifierKinds))
  .meta({ id: 'IdentifierKind', description: 'A kind of data that identifies a person.' });
export type IdentifierKind = z.infer<typeof IdentifierKindSchema>;

const OffsetSchema = z.int().nonnegative();

export const IdentifierFindingSchema = z
  .object({
    kind: IdentifierKindSchema,
    start: OffsetSchema.meta({ description: 'Offset of the first character (UTF-16 code units).' }),
    end: OffsetSchema.meta({ description: 'Offset just past the last character (UTF-16 code units).' }),
    text: z.string().meta({ description: 'The text found.' }),
  })
  .meta({ id: 'IdentifierFinding', description: 'Something in a free text that identifies a person.' });
export type IdentifierFinding = z.infer<typeof IdentifierFindingSchema>;

/**
 * A finding in a named field of a request. It carries no text on purpose: an error response
 * must not echo the personal data it refuses.
 */
export const IdentifierFieldFindingSchema = z.object({
  field: z.string(),
  kind: IdentifierKindSchema,
  start: OffsetSchema,
  end: OffsetSchema,
});
export type IdentifierFieldFinding = z.infer<typeof IdentifierFieldFindingSchema>;
