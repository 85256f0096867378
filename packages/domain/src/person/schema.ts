import { z } from 'zod';
import { EmailSchema } from '../access/schema.js';
import { IdSchema, NameSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

export const PersonSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    email: z.string(),
    organisation: ReferenceSchema,
    isAdmin: z.boolean().meta({
      description:
        'A global administrator: organisations, people, memberships, methods, taxonomies — not case contents.',
    }),
    active: z.boolean().meta({ description: 'An inactive person cannot sign in.' }),
    hasPassword: z
      .boolean()
      .meta({ description: 'Whether the person can sign in with a password (otherwise single sign-on only).' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Person', description: 'A person, belonging to one organisation.' });
export type Person = z.infer<typeof PersonSchema>;

export const PersonCreateSchema = z
  .strictObject({
    name: NameSchema,
    email: EmailSchema,
    organisationId: IdSchema,
    isAdmin: z.boolean().default(false),
  })
  .meta({
    id: 'PersonCreate',
    description:
      'A new person, without a password: they sign in through single sign-on, or set one through a reset link an administrator sends.',
  });
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z
  .strictObject({
    name: NameSchema.optional(),
    email: EmailSchema.optional(),
    organisationId: IdSchema.optional(),
    isAdmin: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'PersonUpdate', description: 'Changes to a person; only the fields given change.' });
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const PersonListQuerySchema = PageQuerySchema.extend({
  organisationId: IdSchema.optional().meta({ description: 'Only people of this organisation.' }),
  search: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of the name or e-mail address.' }),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;
export const PersonPageSchema = pageOf(PersonSchema).meta({ id: 'PersonPage' });
export const PersonIdParamsSchema = z.strictObject({ personId: IdSchema });
