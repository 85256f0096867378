import { AgreementLessonProposalSchema } from '@leerkring/domain';
import { z } from 'zod';
import { filterValue } from '../../lib/form';

/**
 * A clause change proposed from a lesson or an iteration, as the form holds it: the agreement it lands in, the clause
 * to change ('' for a new one), title and text. The domain's rules for a proposal decide; the page adds the source.
 */
export const proposalFormSchema = AgreementLessonProposalSchema.omit({ lessonId: true }).extend({
  agreementId: z.string().min(1),
  clauseId: filterValue(AgreementLessonProposalSchema.shape.clauseId),
});
