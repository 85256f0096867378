import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

/**
 * The life of a knowledge voucher. `expired` is never stored: a granted or running voucher past its expiry date *is*
 * expired, computed from the date and the clock (`effectiveVoucherStatus`), so there is no job that can be missed.
 */
export const voucherStatuses = [
  'requested',
  'granted',
  'in-progress',
  'completed',
  'evaluated',
  'rejected',
  'expired',
] as const;
export const VoucherStatusSchema = z
  .enum(voucherStatuses)
  .meta({ id: 'KnowledgeVoucherStatus', description: 'Where the voucher is, as of now (expiry included).' });
export type VoucherStatus = z.infer<typeof VoucherStatusSchema>;
/** The statuses a voucher is stored with. */
export type StoredVoucherStatus = Exclude<VoucherStatus, 'expired'>;

/*
 * Hours and amounts a rule judges (not above what was granted, whole cents, quarter hours) are only checked for their
 * type here, so a wrong value reaches the rules and is answered 422 naming the field.
 */
const Hours = z.number().meta({ description: 'Hours, in quarter hours (e.g. 7.5).', example: 16 });
const Cents = z.number().meta({ description: 'Euro cents: a non-negative whole number.', example: 240_000 });

export const VoucherEvaluationSchema = z
  .object({
    benefit: z.string().meta({ description: 'What the expert support brought the network.' }),
    score: z.int().min(1).max(5).meta({ description: 'How valuable it was, 1 (hardly) to 5 (very).' }),
    lessonIds: z.array(IdSchema).meta({ description: 'Lessons of the learning cycle that came from it.' }),
    evaluatedOn: CalendarDateSchema,
    evaluatedBy: ReferenceSchema,
  })
  .meta({ id: 'KnowledgeVoucherEvaluation', description: 'What a completed voucher brought.' });
export type VoucherEvaluation = z.infer<typeof VoucherEvaluationSchema>;

export const KnowledgeVoucherSchema = z
  .object({
    id: IdSchema,
    region: ReferenceSchema,
    network: ReferenceSchema.meta({ description: 'The regional network (a bouwteam of the region) that asked.' }),
    question: z.string(),
    expertise: z.string().meta({ description: 'The expertise asked for.' }),
    expert: z
      .object({ name: z.string(), organisation: ReferenceSchema.nullable() })
      .nullable()
      .meta({ description: 'The practising expert, known once the voucher is granted.' }),
    status: VoucherStatusSchema,
    hoursGranted: z.number().nullable(),
    hoursUsed: z.number(),
    amountGrantedCents: z.int().min(0).nullable(),
    amountUsedCents: z.int().min(0),
    requestedOn: CalendarDateSchema,
    grantedOn: CalendarDateSchema.nullable(),
    expiresOn: CalendarDateSchema.nullable(),
    startedOn: CalendarDateSchema.nullable(),
    completedOn: CalendarDateSchema.nullable(),
    rejectionReason: z.string().nullable(),
    evaluation: VoucherEvaluationSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'KnowledgeVoucher',
    description: 'Kennisvoucher: support from a practising expert for a regional network.',
  });
export type KnowledgeVoucher = z.infer<typeof KnowledgeVoucherSchema>;

const Text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

export const KnowledgeVoucherCreateSchema = z
  .strictObject({
    regionId: IdSchema,
    networkId: IdSchema.meta({ description: 'The bouwteam (regional network) that asks, in the region.' }),
    question: Text(10, 5_000, 'Beschrijf de vraag in minstens 10 tekens.'),
    expertise: Text(2, 300, 'Vul minstens 2 tekens in.'),
    requestedOn: CalendarDateSchema.optional().meta({ description: 'Left out: today.' }),
  })
  .meta({ id: 'KnowledgeVoucherCreate', description: 'A new request. Free text passes the privacy guard.' });
export type KnowledgeVoucherCreate = z.infer<typeof KnowledgeVoucherCreateSchema>;

export const KnowledgeVoucherTransitionSchema = z
  .discriminatedUnion('to', [
    z.strictObject({
      to: z.literal('granted'),
      grantedOn: CalendarDateSchema,
      expiresOn: CalendarDateSchema.optional().meta({ description: 'Left out: a year after it was granted.' }),
      hoursGranted: Hours,
      amountGrantedCents: Cents,
      expertName: Text(2, 200, 'Vul de naam van de expert in.'),
      expertOrganisationId: IdSchema.nullable().default(null),
    }),
    z.strictObject({ to: z.literal('rejected'), reason: Text(2, 2_000, 'Geef de reden.') }),
    z.strictObject({
      to: z.literal('in-progress'),
      startedOn: CalendarDateSchema.optional().meta({ description: 'When the work started; kept once set.' }),
      hoursUsed: Hours.optional().meta({ description: 'Hours used so far (also to update a running voucher).' }),
      amountUsedCents: Cents.optional(),
    }),
    z.strictObject({
      to: z.literal('completed'),
      completedOn: CalendarDateSchema,
      hoursUsed: Hours,
      amountUsedCents: Cents,
    }),
  ])
  .meta({
    id: 'KnowledgeVoucherTransition',
    description:
      'Grant or reject a request, start (or record the hours used of) a granted voucher, or complete it. Evaluation has its own operation.',
  });
export type KnowledgeVoucherTransition = z.infer<typeof KnowledgeVoucherTransitionSchema>;

export const KnowledgeVoucherEvaluationCreateSchema = z
  .strictObject({
    benefit: Text(10, 5_000, 'Beschrijf in minstens 10 tekens wat het opleverde.'),
    score: z.int().min(1).max(5),
    lessonIds: z
      .array(IdSchema)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'Elke les mag maar één keer voorkomen.')
      .default([])
      .meta({ description: 'Existing lessons (geleerde lessen) that came from the voucher.' }),
    evaluatedOn: CalendarDateSchema.optional().meta({ description: 'Left out: today.' }),
  })
  .meta({ id: 'KnowledgeVoucherEvaluationCreate', description: 'The evaluation of a completed voucher.' });
export type KnowledgeVoucherEvaluationCreate = z.infer<typeof KnowledgeVoucherEvaluationCreateSchema>;

export const KnowledgeVoucherListQuerySchema = PageQuerySchema.extend({
  regionId: IdSchema.optional(),
  networkId: IdSchema.optional(),
  status: VoucherStatusSchema.optional().meta({ description: 'Only vouchers in this status as of now.' }),
});
export type KnowledgeVoucherListQuery = z.infer<typeof KnowledgeVoucherListQuerySchema>;
export const KnowledgeVoucherPageSchema = pageOf(KnowledgeVoucherSchema).meta({ id: 'KnowledgeVoucherPage' });
export const KnowledgeVoucherIdParamsSchema = z.strictObject({ voucherId: IdSchema });

export const VoucherRegionParamsSchema = z.strictObject({ regionId: IdSchema });

export const VoucherNetworkListSchema = z
  .object({
    items: z
      .array(ReferenceSchema)
      .meta({ description: "The bouwteams of the region's municipalities, by name: the networks that may ask." }),
  })
  .meta({ id: 'VoucherNetworkList', description: 'The regional networks a knowledge voucher can be requested for.' });
export type VoucherNetworkList = z.infer<typeof VoucherNetworkListSchema>;
