import { scopeOf, type ContextType, type Permission, type Principal } from '@leerkring/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Restricts a query in the database to the contexts in which the principal holds the permission; an empty scope
 * matches nothing. Every list, count and search of context records goes through here.
 */
export function scopeToContexts<T extends ObjectLiteral>({
  builder,
  column,
  principal,
  permission,
  contextType,
}: {
  builder: SelectQueryBuilder<T>;
  /** The column holding the context's id, e.g. `team.id`. */
  column: string;
  principal: Principal;
  permission: Permission;
  contextType: ContextType;
}): SelectQueryBuilder<T> {
  const scope = scopeOf({ principal, permission, contextType });
  if (scope.all) return builder;
  if (scope.ids.length === 0) return builder.andWhere('1 = 0');
  const parameter = `scope_${column.replace(/\W/g, '_')}`;
  return builder.andWhere(`${column} IN (:...${parameter})`, { [parameter]: scope.ids });
}

/**
 * For records that belong to one of several kinds of context (an agreement: a bouwteam or a learning group): matches a
 * row when its context of any kind is in the principal's scope for that kind.
 */
export function scopeToAnyContext<T extends ObjectLiteral>({
  builder,
  contexts,
  principal,
  permission,
}: {
  builder: SelectQueryBuilder<T>;
  contexts: readonly { column: string; contextType: ContextType }[];
  principal: Principal;
  permission: Permission;
}): SelectQueryBuilder<T> {
  const conditions: string[] = [];
  const parameters: Record<string, string[]> = {};
  for (const { column, contextType } of contexts) {
    const scope = scopeOf({ principal, permission, contextType });
    if (scope.all) return builder;
    if (scope.ids.length === 0) continue;
    const parameter = `scope_${column.replace(/\W/g, '_')}`;
    conditions.push(`${column} IN (:...${parameter})`);
    parameters[parameter] = scope.ids;
  }
  if (conditions.length === 0) return builder.andWhere('1 = 0');
  return builder.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
