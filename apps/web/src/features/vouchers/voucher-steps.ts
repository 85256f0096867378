import {
  KnowledgeVoucherTransitionSchema,
  type OperationRequest,
  type transitionKnowledgeVoucher,
} from '@leerkring/domain';
import { z } from 'zod';
import { centsOf } from '../../lib/euros';

/** The body of a step as the API takes it. */
export type VoucherStep = OperationRequest<typeof transitionKnowledgeVoucher>['body'];

const [grant, reject, progress, complete] = KnowledgeVoucherTransitionSchema.options;

/** Hours typed (with a comma or a point), then the domain's rule; none typed is no number. */
const typedHours = <Rule extends z.ZodType<unknown, number>>(rule: Rule) =>
  z
    .string()
    .transform((text) => Number(text.replace(',', '.').trim() || Number.NaN))
    .pipe(rule);
/** An amount typed in euros, in cents, then the domain's rule; what is no amount is no number. */
const typedCents = <Rule extends z.ZodType<unknown, number>>(rule: Rule) =>
  z
    .string()
    .transform((text) => centsOf(text) ?? Number.NaN)
    .pipe(rule);
/** An amount that may be left out: none typed is none sent. */
const typedCentsIfAny = <Rule extends z.ZodType<unknown, number | undefined>>(rule: Rule) =>
  z
    .string()
    .transform((text) => (text.trim() ? (centsOf(text) ?? Number.NaN) : undefined))
    .pipe(rule);
/** Something left empty is left out of the step. */
const leftOutWhenEmpty = <Rule extends z.ZodType<unknown, string | undefined>>(rule: Rule) =>
  z
    .string()
    .trim()
    .transform((text) => text || undefined)
    .pipe(rule);

/** The steps' forms, each the domain's rules for its step with the values as the fields hold them. */
export const grantFormSchema = grant.omit({ to: true }).extend({
  expiresOn: leftOutWhenEmpty(grant.shape.expiresOn),
  hoursGranted: typedHours(grant.shape.hoursGranted),
  amountGrantedCents: typedCents(grant.shape.amountGrantedCents),
  expertOrganisationId: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .transform((option) => option?.id ?? null)
    .pipe(grant.shape.expertOrganisationId.unwrap()),
});
export const rejectFormSchema = reject.omit({ to: true });
export const progressFormSchema = progress.omit({ to: true }).extend({
  startedOn: leftOutWhenEmpty(progress.shape.startedOn),
  hoursUsed: typedHours(progress.shape.hoursUsed.unwrap()),
  amountUsedCents: typedCentsIfAny(progress.shape.amountUsedCents),
});
export const completeFormSchema = complete.omit({ to: true }).extend({
  hoursUsed: typedHours(complete.shape.hoursUsed),
  amountUsedCents: typedCents(complete.shape.amountUsedCents),
});
