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
