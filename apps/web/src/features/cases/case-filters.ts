import { CaseListQuerySchema } from '@leerkring/domain';
import { z } from 'zod';
import { filterValue } from '../../lib/form';

/** The case list's filters as the URL and the form hold them, checked by the domain's rules for the list query. */
export const caseFilterSchema = z.object({
  status: filterValue(CaseListQuerySchema.shape.status),
  leefdomein: filterValue(CaseListQuerySchema.shape.lifeDomain),
  wet: filterValue(CaseListQuerySchema.shape.legalFramework),
  zoek: filterValue(CaseListQuerySchema.shape.search),
});
