import { pageMeta, pageWindow, type Page, type PageQuery } from '@leerkring/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Runs a query builder for one page and maps each row; counting and slicing happen in the database. */
export async function findPage<Entity extends ObjectLiteral, Item>(
  query: SelectQueryBuilder<Entity>,
  pageQuery: PageQuery,
  toItem: (entity: Entity) => Item,
): Promise<Page<Item>> {
  const { offset, limit } = pageWindow(pageQuery);
  const [rows, totalItems] = await query.skip(offset).take(limit).getManyAndCount();
  return { items: rows.map(toItem), meta: pageMeta({ ...pageQuery, totalItems }) };
}

/** The same page with each item mapped (a repository pages entities, a service maps them to the response shape). */
export function mapPage<Entity, Item>(page: Page<Entity>, toItem: (entity: Entity) => Item): Page<Item> {
  return { items: page.items.map(toItem), meta: page.meta };
}
