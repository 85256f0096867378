import { countBound, type PageMeta, type PageQuery } from './schema.js';

export function pageWindow({ page, pageSize }: PageQuery): { offset: number; limit: number } {
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

export function pageMeta({ page, pageSize, totalItems }: PageQuery & { totalItems: number }): PageMeta {
  return { page, pageSize, totalItems, totalPages: Math.ceil(totalItems / pageSize) };
}

/**
 * The meta of a list counted up to `countBound` (a count of at most `countBound + 1` rows): above the bound the total
 * is the bound and says it is a lower bound.
 */
export function boundedPageMeta({ page, pageSize, counted }: PageQuery & { counted: number }): PageMeta {
  const capped = counted > countBound;
  return { ...pageMeta({ page, pageSize, totalItems: capped ? countBound : counted }), totalIsLowerBound: capped };
}

/**
 * The RFC 8288 `Link` header of a page: first, prev, next and last, keeping the other query parameters.
 * `url` is the path with its query string as the client sent it.
 */
export function pageLinkHeader({ url, meta }: { url: string; meta: PageMeta }): string {
  const [path = '', search = ''] = url.split('?', 2);
  const linkTo = (page: number) => {
    const params = new URLSearchParams(search);
    params.set('page', String(page));
    params.set('pageSize', String(meta.pageSize));
    return `<${path}?${params.toString()}>`;
  };
  const last = Math.max(1, meta.totalPages);
  const links = [`${linkTo(1)}; rel="first"`];
  if (meta.page > 1) links.push(`${linkTo(Math.min(meta.page - 1, last))}; rel="prev"`);
  if (meta.page < meta.totalPages) links.push(`${linkTo(meta.page + 1)}; rel="next"`);
  links.push(`${linkTo(last)}; rel="last"`);
  return links.join(', ');
}
