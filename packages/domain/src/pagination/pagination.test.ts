import { describe, expect, it } from 'vitest';
import { pageLinkHeader, pageMeta, PageQuerySchema, pageWindow } from '../index.js';

describe('pagination', () => {
  it('defaults to page 1 of 20 and refuses what is out of range', () => {
    expect(PageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(PageQuerySchema.parse({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
    expect(PageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(PageQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(PageQuerySchema.safeParse({ page: '1.5' }).success).toBe(false);
    expect(PageQuerySchema.safeParse({ sort: 'name' }).success).toBe(false);
  });

  it.each([
    [
      { page: 1, pageSize: 20 },
      { offset: 0, limit: 20 },
    ],
    [
      { page: 3, pageSize: 10 },
      { offset: 20, limit: 10 },
    ],
  ])('windows %j as %j', (query, window) => {
    expect(pageWindow(query)).toEqual(window);
  });

  it.each([
    [0, 0],
    [1, 1],
    [20, 1],
    [21, 2],
  ])('counts %i items as %i pages of 20', (totalItems, totalPages) => {
    expect(pageMeta({ page: 1, pageSize: 20, totalItems }).totalPages).toBe(totalPages);
  });

  it('links first, prev, next and last, keeping the other query parameters', () => {
    const header = pageLinkHeader({
      url: '/api/v1/organisations?type=ggd&page=2&pageSize=10',
      meta: { page: 2, pageSize: 10, totalItems: 35, totalPages: 4 },
    });
    expect(header.split(', ')).toEqual([
      '</api/v1/organisations?type=ggd&page=1&pageSize=10>; rel="first"',
      '</api/v1/organisations?type=ggd&page=1&pageSize=10>; rel="prev"',
      '</api/v1/organisations?type=ggd&page=3&pageSize=10>; rel="next"',
      '</api/v1/organisations?type=ggd&page=4&pageSize=10>; rel="last"',
    ]);
  });

  it('has no prev on the first page and no next on the last, and a last page even when empty', () => {
    const header = pageLinkHeader({
      url: '/api/v1/regions',
      meta: { page: 1, pageSize: 20, totalItems: 0, totalPages: 0 },
    });
    expect(header).toBe(
      '</api/v1/regions?page=1&pageSize=20>; rel="first", </api/v1/regions?page=1&pageSize=20>; rel="last"',
    );
  });
});
