import type { GalaTaxonomyKind } from '@leerkring/domain';
import { useQuery } from '@tanstack/react-query';
import { useLanguage } from '../../../lib/use-language';
import { galaTaxonomyQueryOptions } from './gala-queries';

/** The items of a GALA list, and the label of a code in the language in use (the code itself until they are read). */
export function useTaxonomy(kind: GalaTaxonomyKind) {
  const { language } = useLanguage();
  const query = useQuery(galaTaxonomyQueryOptions(kind));
  const items = query.data?.items ?? [];
  const labelOf = (code: string) => items.find((item) => item.code === code)?.label[language] ?? code;
  return { items, labelOf, isPending: query.isPending };
}
