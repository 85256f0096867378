import { voucherStatuses, type VoucherStatus } from '@leerkring/domain';
import {
  Button,
  Heading1,
  LoadingState,
  Paragraph,
  SelectField,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { SavedMessage } from '../../../components/SavedMessage';
import { TextLink } from '../../../components/TextLink';
import { useMayEver } from '../../../lib/auth/use-session';
import { useLanguage } from '../../../lib/use-language';
import { vouchersQueryOptions } from '../api/voucher-queries';
import { newVoucherPath, voucherPath } from '../paths';

const statusParam = 'status';
const isStatus = (value: string | null): value is VoucherStatus => voucherStatuses.some((status) => status === value);

/** The vouchers of the person's regions and networks, filtered by status (kept in the address). */
export function VouchersPage() {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const page = usePageNumber();
  const current = search.get(statusParam);
  const status = isStatus(current) ? current : undefined;
  const [chosen, setChosen] = useState(status ?? '');
  const mayRequest = useMayEver('voucher:write');
  const query = useQuery(vouchersQueryOptions({ page, pageSize: 25, ...(status ? { status } : {}) }));
  return (
    <>
      <PageTitle title={t('vouchers.title')} />
      <Heading1>{t('vouchers.title')}</Heading1>
      <SavedMessage />
      <Paragraph>{t('vouchers.lead')}</Paragraph>
      {mayRequest ? (
        <Paragraph>
          <TextLink to={newVoucherPath}>{t('vouchers.request')}</TextLink>
        </Paragraph>
      ) : null}
      <form
        role="search"
        aria-label={t('common.filters')}
        className="lk-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams(search);
          next.delete('pagina');
          if (chosen) next.set(statusParam, chosen);
          else next.delete(statusParam);
          setSearch(next);
        }}
      >
        <SelectField
          id="voucher-filter-status"
          label={t('vouchers.status')}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          options={[
            { value: '', label: t('common.all') },
            ...voucherStatuses.map((item) => ({ value: item, label: t(`gala.voucherStatus.${item}`) })),
          ]}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.filter')}
        </Button>
      </form>
      {query.isPending ? (
        <LoadingState label={t('vouchers.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('vouchers.empty')}</Paragraph>
      ) : (
        <>
          <Table caption={t('vouchers.caption', { count: query.data.meta.totalItems })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('gala.vouchers.expertise')}</TableHeaderCell>
                <TableHeaderCell>{t('gala.vouchers.network')}</TableHeaderCell>
                <TableHeaderCell>{t('vouchers.status')}</TableHeaderCell>
                <TableHeaderCell>{t('vouchers.requestedOn')}</TableHeaderCell>
                <TableHeaderCell>{t('gala.vouchers.expiresOn')}</TableHeaderCell>
                <TableHeaderCell>{t('vouchers.hours')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((voucher) => (
                <TableRow key={voucher.id}>
                  <TableHeaderCell scope="row">
                    <TextLink to={voucherPath(voucher.id)}>{voucher.expertise}</TextLink>
                  </TableHeaderCell>
                  <TableCell>{voucher.network.name}</TableCell>
                  <TableCell>{t(`gala.voucherStatus.${voucher.status}`)}</TableCell>
                  <TableCell>{formatDate(voucher.requestedOn)}</TableCell>
                  <TableCell>{voucher.expiresOn ? formatDate(voucher.expiresOn) : '—'}</TableCell>
                  <TableCell>
                    {voucher.hoursGranted === null
                      ? '—'
                      : t('vouchers.hoursOf', {
                          used: formatNumber(voucher.hoursUsed),
                          granted: formatNumber(voucher.hoursGranted),
                        })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('vouchers.pages')} />
        </>
      )}
    </>
  );
}
