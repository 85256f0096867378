import { iterationPhases, type IterationPhase } from '@leerkring/domain';

/** The pages of an agreement's iterations, in the Dutch addresses of the app. */
export const iterationPath = (agreementId: string, iterationId: string) =>
  `/afspraken/${agreementId}/iteraties/${iterationId}`;
export const newIterationPath = (agreementId: string) => `/afspraken/${agreementId}/iteraties/nieuw`;

/** Where a phase is in the cycle, counting from 1. */
export const stepOf = (phase: IterationPhase) => iterationPhases.indexOf(phase) + 1;
export const stepCount = iterationPhases.length;

/** The texts recorded in each phase, in the order of the cycle. */
export const phaseTexts: Record<
  IterationPhase,
  readonly ('question' | 'prediction' | 'plan' | 'actions' | 'observations' | 'learning')[]
> = {
  plan: ['question', 'prediction', 'plan'],
  act: ['actions'],
  observe: ['observations'],
  reflect: ['learning'],
  decided: [],
};
