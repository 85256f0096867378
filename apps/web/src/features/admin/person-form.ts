import { PersonCreateSchema } from '@leerkring/domain';
import { z } from 'zod';
import { pickedId } from '../../lib/form';

/**
 * The person form: the domain's rules for a new person, with the organisation as picked (a name and id) and whether
 * the account is active (only shown when changing someone).
 */
export const personFormSchema = PersonCreateSchema.omit({ organisationId: true }).extend({
  organisation: pickedId(PersonCreateSchema.shape.organisationId),
  active: z.boolean(),
});
export type PersonFormValues = z.input<typeof personFormSchema>;
