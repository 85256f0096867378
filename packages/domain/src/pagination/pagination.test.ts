import { describe, expect, it } from 'vitest';
import {
  boundedPageMeta,
  CursorSchema,
  decodeCursor,
  encodeCursor,
  pageLinkHeader,
  pageMeta,
  PageQuerySchema,
  pageWindow,
} from '../index.js';

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

describe('bounded totals and cursors', () => {
  it('counts exactly up to the bound and says so above it', () => {
    expect(boundedPageMeta({ page: 1, pageSize: 20, counted: 10_000 })).toMatchObject({
      totalItems: 10_000,
      totalIsLowerBound: false,
    });
    expect(boundedPageMeta({ page: 1, pageSize: 20, counted: 10_001 })).toEqual({
      page: 1,
      pageSize: 20,
      totalItems: 10_000,
      totalPages: 500,
      totalIsLowerBound: true,
    });
  });

  it('round-trips a cursor and refuses what is not one', () => {
    const cursor = { at: '2026-12-02T07:15:00.123456Z', id: '0b7d6a55-1f0e-4a4a-9a3e-2b9d6f1c8e01' };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ at: '2026-12-02 07:15:00.123', id: cursor.id }))).toEqual({
      at: '2026-12-02 07:15:00.123',
      id: cursor.id,
    });
    for (const bad of ['', '"', 'AND (', btoa('x|y'), btoa(`2026-12-02T07:15:00Z|${cursor.id}|z`), '%%%']) {
      expect(decodeCursor(bad), bad).toBeNull();
      expect(CursorSchema.safeParse(bad).success).toBe(false);
    }
  });
});
