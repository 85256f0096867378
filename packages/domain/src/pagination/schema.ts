import { z } from 'zod';

export const maxPageSize = 100;

/** Lists that count only up to a bound say `totalIsLowerBound` above it: counting a million rows costs, a bound not. */
export const countBound = 10_000;

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
    totalIsLowerBound: z
      .boolean()
      .optional()
      .meta({
        description: `True when more than ${countBound} items match: \`totalItems\` is then ${countBound}, a lower bound, and \`totalPages\` counts those.`,
      }),
    nextCursor: z.string().nullable().optional().meta({
      description: 'Keyset paging: the `after` value that gives the page after this one; null on the last page.',
    }),
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

/**
 * An opaque keyset cursor (`?after=`): where the previous page ended. Its content is the list's own business; a value
 * that is not a cursor is refused with 400.
 */
export const CursorSchema = z
  .string()
  .max(200)
  .refine((value) => decodeCursor(value) !== null, 'Geen geldige cursor; gebruik meta.nextCursor van de vorige pagina.')
  .meta({ description: 'The `meta.nextCursor` of the previous page.' });

/** The position a cursor holds: the sort moment as the database wrote it, and the id. */
export interface Cursor {
  at: string;
  id: string;
}

const cursorMoment = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const cursorId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor({ at, id }: Cursor): string {
  return btoa(`${at}|${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let text: string;
  try {
    text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const [at, id, ...rest] = text.split('|');
  if (rest.length > 0 || !at || !id || !cursorMoment.test(at) || !cursorId.test(id)) return null;
  return { at, id };
}
