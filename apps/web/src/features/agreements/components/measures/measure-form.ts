import { checkMeasurePeriod, MeasureCreateSchema, type Measure } from '@leerkring/domain';
import type { z } from 'zod';

/**
 * The measure form: the domain's create schema without what the page supplies (agreement, iteration) and with the
 * domain's rule that the baseline lies inside the period, so the form refuses what the API would refuse.
 */
export const measureFormSchema = MeasureCreateSchema.omit({
  agreementId: true,
  iterationId: true,
  rebaselines: true,
}).superRefine((measure, context) => {
  if (![measure.periodStart, measure.periodEnd, measure.baselineStart, measure.baselineEnd].every(Boolean)) return;
  for (const refusal of checkMeasurePeriod({ ...measure, rebaselines: [] }))
    context.addIssue({ code: 'custom', path: [refusal.field], message: refusal.reason });
});
export type MeasureFormInput = z.input<typeof measureFormSchema>;

/** The fields of the form, also the fields the API may name in a refusal. */
export const measureFields = [
  'name',
  'definition',
  'unit',
  'betterDirection',
  'ruleSet',
  'periodStart',
  'periodEnd',
  'baselineStart',
  'baselineEnd',
] as const;

/** An empty form, or the measure's definition to change it. */
export function measureFormValues(measure?: Measure): MeasureFormInput {
  return {
    name: measure?.name ?? '',
    definition: measure?.definition ?? '',
    unit: measure?.unit ?? '',
    betterDirection: measure?.betterDirection ?? 'none',
    ruleSet: measure?.ruleSet ?? 'anhoej',
    periodStart: measure?.periodStart ?? '',
    periodEnd: measure?.periodEnd ?? '',
    baselineStart: measure?.baselineStart ?? '',
    baselineEnd: measure?.baselineEnd ?? '',
  };
}
