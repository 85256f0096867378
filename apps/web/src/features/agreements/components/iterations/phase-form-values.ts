import { IterationUpdateSchema, type Iteration, type IterationDecision, type IterationUpdate } from '@leerkring/domain';
import { z } from 'zod';
import { phaseTexts } from './model';

export type TextKey = 'title' | 'question' | 'prediction' | 'plan' | 'actions' | 'observations' | 'learning';
/** What the form shows per phase: in the plan phase also the title and the start date. */
export const formTexts = (phase: Iteration['phase']): readonly TextKey[] =>
  phase === 'plan' ? ['title', ...phaseTexts.plan] : phaseTexts[phase];
export const fieldId = (field: string) => `iteration-${field}`;
export type PhaseValues = Record<TextKey | 'startDate', string> & { decision: IterationDecision | '' };

/** The fields that differ from what is stored: only those are sent, so only those are checked. */
export const changesOf = (iteration: Iteration, shown: readonly TextKey[], values: PhaseValues): IterationUpdate => {
  const body: Record<string, unknown> = {};
  for (const field of shown) if (values[field].trim() !== iteration[field]) body[field] = values[field];
  const { startDate } = values;
  if (iteration.phase === 'plan' && startDate && startDate !== (iteration.startDate ?? '')) body.startDate = startDate;
  return body as IterationUpdate;
};
/** The domain's rules for an iteration's changes, without "change at least one field" (the form says that itself). */
export const changesSchema = z.strictObject(IterationUpdateSchema.shape);
export const formFields = [
  'title',
  'question',
  'prediction',
  'plan',
  'actions',
  'observations',
  'learning',
  'startDate',
  'decision',
];
