import { z } from 'zod';
import { ContextTypeSchema, RoleSchema } from '../access/roles.js';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const MembershipContextSchema = z
  .object({ type: ContextTypeSchema, id: IdSchema, name: z.string() })
  .meta({ id: 'MembershipContext', description: 'The bouwteam, learning group or region a role is held in.' });

export const MembershipSchema = z
  .object({
    id: IdSchema,
    person: ReferenceSchema,
    organisation: ReferenceSchema.meta({ description: "The person's organisation." }),
    context: MembershipContextSchema,
    role: RoleSchema,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Membership', description: 'One role of one person in one context.' });
export type Membership = z.infer<typeof MembershipSchema>;

export const MembershipCreateSchema = z
  .strictObject({ personId: IdSchema, contextType: ContextTypeSchema, contextId: IdSchema, role: RoleSchema })
  .meta({ id: 'MembershipCreate', description: 'Gives a person a role in a context.' });
export type MembershipCreate = z.infer<typeof MembershipCreateSchema>;

export const MembershipListQuerySchema = PageQuerySchema.extend({
  personId: IdSchema.optional(),
  contextType: ContextTypeSchema.optional(),
  contextId: IdSchema.optional(),
  role: RoleSchema.optional(),
});
export type MembershipListQuery = z.infer<typeof MembershipListQuerySchema>;
export const MembershipPageSchema = pageOf(MembershipSchema).meta({ id: 'MembershipPage' });
export const MembershipIdParamsSchema = z.strictObject({ membershipId: IdSchema });
