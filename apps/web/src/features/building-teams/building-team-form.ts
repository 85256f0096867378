import { BuildingTeamCreateSchema } from '@leerkring/domain';
import { z } from 'zod';
import { pickedId } from '../../lib/form';

const shape = BuildingTeamCreateSchema.shape;

/** The bouwteam form: the domain's rules for a new bouwteam, with the municipality and partners as picked. */
export const buildingTeamFormSchema = BuildingTeamCreateSchema.omit({ municipalityId: true, partnerIds: true }).extend({
  theme: z.string().pipe(shape.theme),
  municipality: pickedId(shape.municipalityId),
  partners: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .transform((partners) => partners.map((partner) => partner.id))
    .pipe(shape.partnerIds.unwrap()),
});
export type BuildingTeamFormValues = z.input<typeof buildingTeamFormSchema>;
