import { IntervisionActionCreateSchema } from '@leerkring/domain';
import { filterValue } from '../../lib/form';

/** A new action as the form holds it (no owner chosen is ''): the domain's rules for an action decide. */
export const actionFormSchema = IntervisionActionCreateSchema.extend({
  ownerId: filterValue(IntervisionActionCreateSchema.shape.ownerId),
});
