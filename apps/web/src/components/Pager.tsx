import type { PageMeta } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

export const pageParam = 'pagina';

/** The page number in the address (`?pagina=2`), 1 when absent or invalid. */
export function usePageNumber(param = pageParam): number {
  const [searchParams] = useSearchParams();
  const page = Number(searchParams.get(param));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Previous and next links for a paged list, keeping the other parameters in the address. */
export function Pager({ meta, label, param = pageParam }: { meta: PageMeta; label: string; param?: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (meta.totalPages <= 1) return null;
  const linkTo = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set(param, String(page));
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label={label} className="lk-pagination">
      {meta.page > 1 ? (
        <Link className="utrecht-link utrecht-link--html-a" to={linkTo(meta.page - 1)} preventScrollReset>
          {t('buildingTeams.previousPage')}
        </Link>
      ) : null}
      <span>
        {t(meta.totalIsLowerBound ? 'buildingTeams.pageStatusMoreThan' : 'buildingTeams.pageStatus', {
          page: meta.page,
          totalPages: meta.totalPages,
        })}
      </span>
      {meta.page < meta.totalPages || (meta.totalIsLowerBound && meta.page === meta.totalPages) ? (
        <Link className="utrecht-link utrecht-link--html-a" to={linkTo(meta.page + 1)} preventScrollReset>
          {t('buildingTeams.nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
