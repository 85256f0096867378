import { z } from 'zod';
import { RoleSchema } from '../access/roles.js';
import { CalendarDateSchema, IdSchema, NameSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { MembershipStatusSchema } from '../membership/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { judgeLearningGroupPeriod, learningGroupReasons } from './rules.js';

export const LearningGroupSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    theme: z.string().meta({ description: 'What the group learns about, in a few words.' }),
    description: z.string(),
    startDate: CalendarDateSchema.nullable().meta({
      format: 'date',
      description: 'The first day of the period (format date).',
    }),
    endDate: CalendarDateSchema.nullable().meta({
      format: 'date',
      description: 'The last day of the period; null while open-ended.',
    }),
    regions: z.array(ReferenceSchema).meta({ description: 'The regions learning together.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'LearningGroup',
    description: 'Leergroep: regions or organisations learning together across boundaries.',
  });
export type LearningGroup = z.infer<typeof LearningGroupSchema>;

export const LearningGroupMemberSchema = z
  .object({
    membershipId: IdSchema,
    person: ReferenceSchema,
    organisation: ReferenceSchema.meta({ description: "The person's organisation." }),
    role: RoleSchema,
    status: MembershipStatusSchema,
    region: ReferenceSchema.nullable().meta({
      description:
        'The region the person represents in the group; null for a role that represents none (a coordinator).',
    }),
  })
  .meta({ id: 'LearningGroupMember', description: 'A person in a learning group, with the region they represent.' });
export type LearningGroupMember = z.infer<typeof LearningGroupMemberSchema>;

export const LearningGroupDetailSchema = LearningGroupSchema.extend({
  members: z.array(LearningGroupMemberSchema).meta({ description: 'Its members, by region and name.' }),
}).meta({
  id: 'LearningGroupDetail',
  description: 'A learning group with its members and the regions they represent.',
});
export type LearningGroupDetail = z.infer<typeof LearningGroupDetailSchema>;

export const LearningGroupListQuerySchema = PageQuerySchema;
export const LearningGroupPageSchema = pageOf(LearningGroupSchema).meta({ id: 'LearningGroupPage' });
export const LearningGroupIdParamsSchema = z.strictObject({ learningGroupId: IdSchema });
export const LearningGroupMemberParamsSchema = z.strictObject({ learningGroupId: IdSchema, membershipId: IdSchema });

const regionIds = z
  .array(IdSchema)
  .min(1, 'Kies minstens één regio.')
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'Elke regio mag maar één keer voorkomen.')
  .meta({ description: 'The regions taking part; replaces the whole list.' });

const fields = {
  name: NameSchema,
  theme: z.string().trim().max(200, 'Gebruik hoogstens 200 tekens.'),
  description: z.string().trim().max(5_000, 'Gebruik hoogstens 5000 tekens.'),
  startDate: CalendarDateSchema.nullable().meta({ format: 'date' }),
  endDate: CalendarDateSchema.nullable().meta({ format: 'date' }),
  regionIds,
};

/** The period rule at the end date, where a form shows it. */
function periodIssue(
  value: { startDate?: string | null | undefined; endDate?: string | null | undefined },
  context: z.RefinementCtx,
) {
  const verdict = judgeLearningGroupPeriod({ startDate: value.startDate ?? null, endDate: value.endDate ?? null });
  if (!verdict.ok)
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: learningGroupReasons[verdict.reason],
      params: { reason: verdict.reason },
    });
}

export const LearningGroupCreateSchema = z
  .strictObject({
    ...fields,
    theme: fields.theme.default(''),
    description: fields.description.default(''),
    startDate: fields.startDate.default(null),
    endDate: fields.endDate.default(null),
  })
  .superRefine(periodIssue)
  .meta({ id: 'LearningGroupCreate', description: 'A new learning group with the regions taking part.' });
export type LearningGroupCreate = z.infer<typeof LearningGroupCreateSchema>;

export const LearningGroupUpdateSchema = z
  .strictObject({
    name: fields.name.optional(),
    theme: fields.theme.optional(),
    description: fields.description.optional(),
    startDate: fields.startDate.optional(),
    endDate: fields.endDate.optional(),
    regionIds: fields.regionIds.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .superRefine(periodIssue)
  .meta({
    id: 'LearningGroupUpdate',
    description:
      'Changes to a learning group; `regionIds` replaces the regions (a region a member represents stays). The period ' +
      'is checked against the stored dates too.',
  });
export type LearningGroupUpdate = z.infer<typeof LearningGroupUpdateSchema>;

export const LearningGroupMemberCreateSchema = z
  .strictObject({
    personId: IdSchema,
    role: RoleSchema,
    regionId: IdSchema.nullable()
      .default(null)
      .meta({ description: 'The region the person represents: one of the group’s; required for a partner.' }),
  })
  .meta({
    id: 'LearningGroupMemberCreate',
    description:
      'Gives a person a role in the group, naming the region they represent. A role that reads case narratives waits ' +
      'for a second administrator, as every such grant does.',
  });
export type LearningGroupMemberCreate = z.infer<typeof LearningGroupMemberCreateSchema>;
