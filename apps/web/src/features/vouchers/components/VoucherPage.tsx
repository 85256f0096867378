import { voucherTransitions, type KnowledgeVoucher } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { SavedMessage } from '../../../components/SavedMessage';
import { canWith } from '../../../lib/auth/principal';
import { useMe } from '../../../lib/auth/use-session';
import { voucherQueryOptions } from '../api/voucher-queries';
import { vouchersPath } from '../paths';
import { EvaluationForm } from './EvaluationForm';
import { CompleteForm, GrantForm, ProgressForm, RejectForm } from './TransitionForms';
import { VoucherFacts } from './VoucherFacts';

/** One voucher: what it is and where it stands, and the steps the person may take from here. */
export function VoucherPage() {
  const { t } = useTranslation();
  const { voucherId = '' } = useParams();
  const query = useQuery(voucherQueryOptions(voucherId));
  if (query.isPending) return <LoadingState label={t('vouchers.loadingOne')} />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('vouchers.one')} />
        <Heading1>{t('vouchers.one')}</Heading1>
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const voucher = query.data;
  const title = t('vouchers.oneTitle', { expertise: voucher.expertise });
  return (
    <>
      <PageTitle title={title} />
      <BackLink to={vouchersPath} label={t('vouchers.back')} />
      <Heading1>{title}</Heading1>
      <SavedMessage />
      <VoucherFacts voucher={voucher} />
      <VoucherSteps voucher={voucher} />
    </>
  );
}

function VoucherSteps({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayWrite = canWith(me, 'voucher:write', { type: 'region', id: voucher.region.id });
  const mayEvaluate =
    canWith(me, 'voucher:evaluate', { type: 'region', id: voucher.region.id }) ||
    canWith(me, 'voucher:evaluate', { type: 'building-team', id: voucher.network.id });
  const next = voucherTransitions[voucher.status];
  const steps = [
    mayWrite && next.includes('granted') ? <GrantForm key="grant" voucher={voucher} /> : null,
    mayWrite && next.includes('rejected') ? <RejectForm key="reject" voucher={voucher} /> : null,
    mayWrite && next.includes('in-progress') ? (
      <ProgressForm key={`progress-${voucher.updatedAt}`} voucher={voucher} />
    ) : null,
    mayWrite && next.includes('completed') ? <CompleteForm key="complete" voucher={voucher} /> : null,
    mayEvaluate && next.includes('evaluated') ? <EvaluationForm key="evaluate" voucher={voucher} /> : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="voucher-steps">
      <Heading2 id="voucher-steps">{t('vouchers.steps.heading')}</Heading2>
      {steps.length > 0 ? (
        steps
      ) : (
        <Paragraph>{t(voucher.status === 'expired' ? 'vouchers.steps.expired' : 'vouchers.steps.none')}</Paragraph>
      )}
    </section>
  );
}
