import { z } from 'zod';
import { ContextTypeSchema, RoleSchema } from '../access/roles.js';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const MembershipContextSchema = z
  .object({ type: ContextTypeSchema, id: IdSchema, name: z.string() })
  .meta({ id: 'MembershipContext', description: 'The bouwteam, learning group or region a role is held in.' });

export const MembershipStatusSchema = z.enum(['pending', 'active', 'rejected']).meta({
  id: 'MembershipStatus',
  description:
    'Only an active membership confers rights. A role that reads case narratives starts pending until a second administrator approves it.',
});
export type MembershipStatus = z.infer<typeof MembershipStatusSchema>;

export const MembershipSchema = z
  .object({
    id: IdSchema,
    person: ReferenceSchema,
    organisation: ReferenceSchema.meta({ description: "The person's organisation." }),
    context: MembershipContextSchema,
    role: RoleSchema,
    status: MembershipStatusSchema,
    requestedBy: ReferenceSchema.nullable().meta({
      description: 'The administrator who granted or requested the role; null for roles loaded directly.',
    }),
    decidedBy: ReferenceSchema.nullable().meta({
      description: 'The second administrator who approved or rejected a pending grant.',
    }),
    decidedAt: TimestampSchema.nullable(),
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
  status: MembershipStatusSchema.optional().meta({
    description: 'Only memberships in this status, e.g. `pending` for grants awaiting a second administrator.',
  }),
});
export type MembershipListQuery = z.infer<typeof MembershipListQuerySchema>;
export const MembershipPageSchema = pageOf(MembershipSchema).meta({ id: 'MembershipPage' });
export const MembershipIdParamsSchema = z.strictObject({ membershipId: IdSchema });
