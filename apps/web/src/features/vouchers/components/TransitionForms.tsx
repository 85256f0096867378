import { calendarDateAt, type KnowledgeVoucher } from '@leerkring/domain';
import { TextAreaField, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';
import { centsOf } from '../../../lib/euros';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { organisationOptions } from '../../../lib/queries/pickers';
import { useTransitionVoucher } from '../api/voucher-mutations';
import { StepForm } from './StepForm';

const today = () => calendarDateAt(new Date());
/** A number typed (hours, with a comma or a point); NaN when it is none, which the API refuses at the field. */
const hoursOf = (text: string) => Number(text.replace(',', '.').trim() || Number.NaN);
/** Cents typed as euros; NaN when it is no amount, refused at the field. */
const amountOf = (text: string) => centsOf(text) ?? Number.NaN;

/** Grant a request: dates, hours, amount and the expert. */
export function GrantForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const step = useTransitionVoucher(voucher.id);
  const [grantedOn, setGrantedOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState('');
  const [hours, setHours] = useState('');
  const [amount, setAmount] = useState('');
  const [expertName, setExpertName] = useState('');
  const [organisation, setOrganisation] = useState<PickerOption | null>(null);
  const errors = fieldErrorsOf(step.error);
  const fields = ['grantedOn', 'expiresOn', 'hoursGranted', 'amountGrantedCents', 'expertName', 'expertOrganisationId'];
  return (
    <StepForm
      id="voucher-grant"
      heading={t('vouchers.steps.grant')}
      submitLabel={t('vouchers.steps.grantSubmit')}
      error={step.error}
      fields={fields}
      pending={step.isPending}
      onSubmit={() =>
        step.mutate({
          to: 'granted',
          grantedOn,
          ...(expiresOn ? { expiresOn } : {}),
          hoursGranted: hoursOf(hours),
          amountGrantedCents: amountOf(amount),
          expertName,
          expertOrganisationId: organisation?.id ?? null,
        })
      }
    >
      <TextField
        id="grant-granted-on"
        type="date"
        label={t('vouchers.grantedOn')}
        value={grantedOn}
        error={errors.grantedOn}
        onChange={(event) => setGrantedOn(event.target.value)}
      />
      <TextField
        id="grant-expires-on"
        type="date"
        label={t('gala.vouchers.expiresOn')}
        description={t('vouchers.steps.expiresHint')}
        value={expiresOn}
        error={errors.expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      <TextField
        id="grant-hours"
        inputMode="decimal"
        label={t('vouchers.steps.hoursGranted')}
        value={hours}
        error={errors.hoursGranted}
        onChange={(event) => setHours(event.target.value)}
      />
      <TextField
        id="grant-amount"
        inputMode="decimal"
        label={t('vouchers.steps.amountGranted')}
        value={amount}
        error={errors.amountGrantedCents}
        onChange={(event) => setAmount(event.target.value)}
      />
      <TextField
        id="grant-expert"
        label={t('vouchers.expert')}
        value={expertName}
        error={errors.expertName}
        onChange={(event) => setExpertName(event.target.value)}
      />
      <SearchPicker
        id="grant-expert-organisation"
        label={t('vouchers.steps.expertOrganisation')}
        value={organisation}
        onChange={setOrganisation}
        optionsQuery={organisationOptions}
        error={errors.expertOrganisationId}
        allowEmpty
        emptyLabel={t('vouchers.steps.noOrganisation')}
      />
    </StepForm>
  );
}

/** Reject a request, with the reason. */
export function RejectForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const step = useTransitionVoucher(voucher.id);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(step.error);
  return (
    <StepForm
      id="voucher-reject"
      heading={t('vouchers.steps.reject')}
      submitLabel={t('vouchers.steps.rejectSubmit')}
      error={step.error}
      fields={['reason']}
      pending={step.isPending}
      onSubmit={() => step.mutate({ to: 'rejected', reason })}
    >
      <TextAreaField
        id="reject-reason"
        label={t('vouchers.rejectionReason')}
        value={reason}
        error={errors.reason}
        rows={3}
        onChange={(event) => setReason(event.target.value)}
      />
    </StepForm>
  );
}

/** Start a granted voucher, or record the hours and money used so far of a running one. */
export function ProgressForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const step = useTransitionVoucher(voucher.id);
  const running = voucher.status === 'in-progress';
  const [startedOn, setStartedOn] = useState(() => voucher.startedOn ?? today());
  const [hours, setHours] = useState(String(voucher.hoursUsed));
  const [amount, setAmount] = useState('');
  const errors = fieldErrorsOf(step.error);
  return (
    <StepForm
      id="voucher-progress"
      heading={t(running ? 'vouchers.steps.record' : 'vouchers.steps.start')}
      submitLabel={t(running ? 'vouchers.steps.recordSubmit' : 'vouchers.steps.startSubmit')}
      error={step.error}
      fields={['startedOn', 'hoursUsed', 'amountUsedCents']}
      pending={step.isPending}
      onSubmit={() =>
        step.mutate({
          to: 'in-progress',
          ...(running ? {} : { startedOn }),
          hoursUsed: hoursOf(hours),
          ...(amount.trim() ? { amountUsedCents: amountOf(amount) } : {}),
        })
      }
    >
      {running ? null : (
        <TextField
          id="progress-started-on"
          type="date"
          label={t('vouchers.startedOn')}
          value={startedOn}
          error={errors.startedOn}
          onChange={(event) => setStartedOn(event.target.value)}
        />
      )}
      <TextField
        id="progress-hours"
        inputMode="decimal"
        label={t('vouchers.steps.hoursUsed')}
        value={hours}
        error={errors.hoursUsed}
        onChange={(event) => setHours(event.target.value)}
      />
      <TextField
        id="progress-amount"
        inputMode="decimal"
        label={t('vouchers.steps.amountUsed')}
        value={amount}
        error={errors.amountUsedCents}
        onChange={(event) => setAmount(event.target.value)}
      />
    </StepForm>
  );
}

/** Complete a running voucher with the hours and money used in the end. */
export function CompleteForm({ voucher }: { voucher: KnowledgeVoucher }) {
  const { t } = useTranslation();
  const step = useTransitionVoucher(voucher.id);
  const [completedOn, setCompletedOn] = useState(today);
  const [hours, setHours] = useState(String(voucher.hoursUsed));
  const [amount, setAmount] = useState('');
  const errors = fieldErrorsOf(step.error);
  return (
    <StepForm
      id="voucher-complete"
      heading={t('vouchers.steps.complete')}
      submitLabel={t('vouchers.steps.completeSubmit')}
      error={step.error}
      fields={['completedOn', 'hoursUsed', 'amountUsedCents']}
      pending={step.isPending}
      onSubmit={() =>
        step.mutate({ to: 'completed', completedOn, hoursUsed: hoursOf(hours), amountUsedCents: amountOf(amount) })
      }
    >
      <TextField
        id="complete-completed-on"
        type="date"
        label={t('vouchers.completedOn')}
        value={completedOn}
        error={errors.completedOn}
        onChange={(event) => setCompletedOn(event.target.value)}
      />
      <TextField
        id="complete-hours"
        inputMode="decimal"
        label={t('vouchers.steps.hoursUsed')}
        value={hours}
        error={errors.hoursUsed}
        onChange={(event) => setHours(event.target.value)}
      />
      <TextField
        id="complete-amount"
        inputMode="decimal"
        label={t('vouchers.steps.amountUsed')}
        value={amount}
        error={errors.amountUsedCents}
        onChange={(event) => setAmount(event.target.value)}
      />
    </StepForm>
  );
}
