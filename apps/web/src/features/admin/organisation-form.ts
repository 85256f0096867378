import { KvkNumberSchema, NameSchema, OinSchema, OrganisationTypeSchema } from '@leerkring/domain';
import { z } from 'zod';
import { chosenOption } from '../../lib/form';

/** A number as typed: trimmed, empty meaning none, else the domain's rule for it. */
const optionalNumber = <Rule extends z.ZodType<string, string>>(rule: Rule) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(rule.optional());

/** The organisation form: the domain's rules for an organisation, with the KvK number and OIN left empty for none. */
export const organisationFormSchema = z.object({
  name: NameSchema,
  type: chosenOption(OrganisationTypeSchema),
  kvkNumber: optionalNumber(KvkNumberSchema),
  oin: optionalNumber(OinSchema),
});
