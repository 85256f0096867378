import type { KnowledgeVoucher } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';

/** What is known of a voucher, as a description list; what is not known yet is left out. */
export function VoucherFacts({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber, formatEuro } = useLanguage();
  const facts: [string, string | null][] = [
    [t('vouchers.status'), t(`gala.voucherStatus.${voucher.status}`)],
    [t('gala.vouchers.network'), `${voucher.network.name} (${voucher.region.name})`],
    [t('vouchers.question'), voucher.question],
    [t('gala.vouchers.expertise'), voucher.expertise],
    [
      t('vouchers.expert'),
      voucher.expert ? [voucher.expert.name, voucher.expert.organisation?.name].filter(Boolean).join(', ') : null,
    ],
    [t('vouchers.requestedOn'), formatDate(voucher.requestedOn)],
    [t('vouchers.grantedOn'), voucher.grantedOn ? formatDate(voucher.grantedOn) : null],
    [t('gala.vouchers.expiresOn'), voucher.expiresOn ? formatDate(voucher.expiresOn) : null],
    [t('vouchers.startedOn'), voucher.startedOn ? formatDate(voucher.startedOn) : null],
    [t('vouchers.completedOn'), voucher.completedOn ? formatDate(voucher.completedOn) : null],
    [
      t('vouchers.hours'),
      voucher.hoursGranted === null
        ? null
        : t('vouchers.hoursOf', { used: formatNumber(voucher.hoursUsed), granted: formatNumber(voucher.hoursGranted) }),
    ],
    [
      t('vouchers.amount'),
      voucher.amountGrantedCents === null
        ? null
        : t('vouchers.amountOf', {
            used: formatEuro(voucher.amountUsedCents),
            granted: formatEuro(voucher.amountGrantedCents),
          }),
    ],
    [t('vouchers.rejectionReason'), voucher.rejectionReason],
    [t('vouchers.benefit'), voucher.evaluation?.benefit ?? null],
    [t('vouchers.score'), voucher.evaluation ? t('vouchers.scoreOf', { score: voucher.evaluation.score }) : null],
  ];
  return (
    <dl className="lk-facts">
      {facts
        .filter((fact): fact is [string, string] => fact[1] !== null)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="lk-pre-wrap">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
