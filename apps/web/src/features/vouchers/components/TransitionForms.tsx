import { calendarDateAt, type KnowledgeVoucher } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { completeFormSchema, grantFormSchema, progressFormSchema, rejectFormSchema } from '../voucher-steps';
import { StepForm } from './StepForm';

const today = () => calendarDateAt(new Date());

/** Grant a request: dates, hours, amount and the expert. */
export function GrantForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  return (
    <StepForm
      voucherId={voucher.id}
      id="voucher-grant"
      heading={t('vouchers.steps.grant')}
      submitLabel={t('vouchers.steps.grantSubmit')}
      schema={grantFormSchema}
      defaultValues={{
        grantedOn: today(),
        expiresOn: '',
        hoursGranted: '',
        amountGrantedCents: '',
        expertName: '',
        expertOrganisationId: null,
      }}
      fields={[
        { name: 'grantedOn', id: 'grant-granted-on', kind: 'date', label: t('vouchers.grantedOn') },
        {
          name: 'expiresOn',
          id: 'grant-expires-on',
          kind: 'date',
          label: t('gala.vouchers.expiresOn'),
          description: t('vouchers.steps.expiresHint'),
        },
        { name: 'hoursGranted', id: 'grant-hours', kind: 'decimal', label: t('vouchers.steps.hoursGranted') },
        { name: 'amountGrantedCents', id: 'grant-amount', kind: 'decimal', label: t('vouchers.steps.amountGranted') },
        { name: 'expertName', id: 'grant-expert', kind: 'text', label: t('vouchers.expert') },
        {
          name: 'expertOrganisationId',
          id: 'grant-expert-organisation',
          kind: 'organisation',
          label: t('vouchers.steps.expertOrganisation'),
          emptyLabel: t('vouchers.steps.noOrganisation'),
        },
      ]}
      messages={{ expertName: { too_small: t('vouchers.steps.expertRequired') } }}
      toStep={(values) => ({ to: 'granted', ...values })}
    />
  );
}

/** Reject a request, with the reason. */
export function RejectForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  return (
    <StepForm
      voucherId={voucher.id}
      id="voucher-reject"
      heading={t('vouchers.steps.reject')}
      submitLabel={t('vouchers.steps.rejectSubmit')}
      schema={rejectFormSchema}
      defaultValues={{ reason: '' }}
      fields={[{ name: 'reason', id: 'reject-reason', kind: 'long', label: t('vouchers.rejectionReason') }]}
      messages={{ reason: { too_small: t('vouchers.steps.reasonRequired') } }}
      toStep={(values) => ({ to: 'rejected', ...values })}
    />
  );
}

/** Start a granted voucher, or record the hours and money used so far of a running one. */
export function ProgressForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const running = voucher.status === 'in-progress';
  return (
    <StepForm
      voucherId={voucher.id}
      id="voucher-progress"
      heading={t(running ? 'vouchers.steps.record' : 'vouchers.steps.start')}
      submitLabel={t(running ? 'vouchers.steps.recordSubmit' : 'vouchers.steps.startSubmit')}
      schema={progressFormSchema}
      defaultValues={{
        startedOn: voucher.startedOn ?? today(),
        hoursUsed: String(voucher.hoursUsed),
        amountUsedCents: '',
      }}
      fields={[
        ...(running
          ? []
          : [{ name: 'startedOn', id: 'progress-started-on', kind: 'date', label: t('vouchers.startedOn') } as const]),
        { name: 'hoursUsed', id: 'progress-hours', kind: 'decimal', label: t('vouchers.steps.hoursUsed') },
        { name: 'amountUsedCents', id: 'progress-amount', kind: 'decimal', label: t('vouchers.steps.amountUsed') },
      ]}
      // A running voucher keeps the date it started.
      toStep={({ startedOn, ...values }) => ({ to: 'in-progress', ...(running ? {} : { startedOn }), ...values })}
    />
  );
}

/** Complete a running voucher with the hours and money used in the end. */
export function CompleteForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  return (
    <StepForm
      voucherId={voucher.id}
      id="voucher-complete"
      heading={t('vouchers.steps.complete')}
      submitLabel={t('vouchers.steps.completeSubmit')}
      schema={completeFormSchema}
      defaultValues={{ completedOn: today(), hoursUsed: String(voucher.hoursUsed), amountUsedCents: '' }}
      fields={[
        { name: 'completedOn', id: 'complete-completed-on', kind: 'date', label: t('vouchers.completedOn') },
        { name: 'hoursUsed', id: 'complete-hours', kind: 'decimal', label: t('vouchers.steps.hoursUsed') },
        { name: 'amountUsedCents', id: 'complete-amount', kind: 'decimal', label: t('vouchers.steps.amountUsed') },
      ]}
      toStep={(values) => ({ to: 'completed', ...values })}
    />
  );
}
