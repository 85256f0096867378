import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { OrganisationTypeSchema } from '../vocabulary/organisation-types.js';

/** KvK number: the 8 digits of the Dutch Chamber of Commerce register. */
export const KvkNumberSchema = z
  .string()
  .regex(/^\d{8}$/, 'Een KvK-nummer bestaat uit 8 cijfers.')
  .meta({ description: 'KvK-nummer (8 digits).', example: '09123456' });

/** OIN: the 20-digit Organisatie-identificatienummer used in Dutch government digital exchange. */
export const OinSchema = z
  .string()
  .regex(/^0000000[1-9]\d{12}$/, 'Een OIN bestaat uit 20 cijfers en begint met een prefix als 00000001 of 00000003.')
  .meta({ description: 'Organisatie-identificatienummer (20 digits).', example: '00000001001172773000' });

export const OrganisationSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    type: OrganisationTypeSchema,
    kvkNumber: KvkNumberSchema.nullable(),
    oin: OinSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'Organisation',
    description: "A municipality, provider, GGD, insurer, network, institute or residents' initiative.",
  });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationCreateSchema = z
  .strictObject({
    name: NameSchema,
    type: OrganisationTypeSchema,
    kvkNumber: KvkNumberSchema.optional(),
    oin: OinSchema.optional(),
  })
  .meta({ id: 'OrganisationCreate', description: 'A new organisation.' });
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;

export const OrganisationUpdateSchema = z
  .strictObject({
    name: NameSchema.optional(),
    type: OrganisationTypeSchema.optional(),
    kvkNumber: KvkNumberSchema.nullable().optional(),
    oin: OinSchema.nullable().optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'OrganisationUpdate', description: 'Changes to an organisation; only the fields given change.' });
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  type: OrganisationTypeSchema.optional().meta({ description: 'Only organisations of this type.' }),
  search: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of the name.' }),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuerySchema>;

export const OrganisationPageSchema = pageOf(OrganisationSchema).meta({ id: 'OrganisationPage' });

export const OrganisationIdParamsSchema = z.strictObject({ organisationId: IdSchema });
