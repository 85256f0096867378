import { defineOperation } from '../api/operation.js';
import { QuestionShiftInsightSchema, QuestionShiftQuerySchema } from './schema.js';

export const getQuestionShiftInsight = defineOperation({
  operationId: 'getQuestionShiftInsight',
  method: 'GET',
  path: '/insights/question-shifts',
  summary: 'Where presenting questions rest',
  description:
    'Aggregated insight for managers and partners: per presenting × underlying Positieve Gezondheid dimension, the number of ' +
    'cases, with cells of fewer than 5 cases suppressed. No narratives, no single case.',
  tag: 'Insights',
  query: QuestionShiftQuerySchema,
  success: { status: 200, description: 'The counts.', schema: QuestionShiftInsightSchema },
  errors: [401, 403, 404],
  access: { permission: 'insight:read' },
  purpose: 'Geaggregeerd inzicht uit casuïstiek',
});
