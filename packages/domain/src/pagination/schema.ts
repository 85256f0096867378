import { z } from 'zod';

export const maxPageSize = 100;

/** `page` and `pageSize` query parameters shared by every list endpoint. */
export const PageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1).meta({ description: 'The page to return, from 1.' }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(20)
    .meta({ description: `Items per page, at most ${maxPageSize}.` }),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const PageMetaSchema = z
  .object({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    totalItems: z.number().int().min(0),
    totalPages: z.number().int().min(0),
  })
  .meta({ id: 'PageMeta', description: 'Where this page sits in the whole list.' });
export type PageMeta = z.infer<typeof PageMetaSchema>;

/** A page of items; the whole list is reachable through the `Link` header (first, prev, next, last). */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), meta: PageMetaSchema });
}
export interface Page<Item> {
  items: Item[];
  meta: PageMeta;
}
