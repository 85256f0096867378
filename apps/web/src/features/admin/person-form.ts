import { MembershipCreateSchema, PersonCreateSchema, PersonListQuerySchema } from '@leerkring/domain';
import { z } from 'zod';
import { chosenOption, filterValue, pickedId } from '../../lib/form';

/**
 * The person form: the domain's rules for a new person, with the organisation as picked (a name and id) and whether
 * the account is active (only shown when changing someone).
 */
export const personFormSchema = PersonCreateSchema.omit({ organisationId: true }).extend({
  organisation: pickedId(PersonCreateSchema.shape.organisationId),
  active: z.boolean(),
});
export type PersonFormValues = z.input<typeof personFormSchema>;

/** Giving someone a role: the domain's rules for a membership, with the person as picked. */
export const membershipFormSchema = MembershipCreateSchema.omit({ personId: true }).extend({
  person: pickedId(MembershipCreateSchema.shape.personId),
  role: chosenOption(MembershipCreateSchema.shape.role),
});

/** The people list's search as the URL and the form hold it, checked by the domain's rule for the list query. */
export const personFilterSchema = z.object({ zoek: filterValue(PersonListQuerySchema.shape.search) });
