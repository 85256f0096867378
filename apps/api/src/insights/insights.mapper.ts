import { questionShifts, type PositiveHealthDimensionCode, type QuestionShiftInsight } from '@leerkring/domain';

/** Only counts leave the server: the cases' question dimensions become shifts, small cells suppressed by the domain rule. */
export function toQuestionShiftInsight(
  cases: readonly {
    presentingDimensions: readonly PositiveHealthDimensionCode[];
    underlyingDimensions: readonly PositiveHealthDimensionCode[];
  }[],
): QuestionShiftInsight {
  return questionShifts({ cases });
}
