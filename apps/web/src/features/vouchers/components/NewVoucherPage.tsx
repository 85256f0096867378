import { findIdentifiers } from '@leerkring/domain';
import { Button, Heading1, Paragraph, SelectField, TextAreaField, TextField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FormProblem } from '../../../components/FormProblem';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { IdentifierFindings, findingsId } from '../../../components/IdentifierFindings';
import { PageTitle } from '../../../components/PageTitle';
import { coordinatorRegions } from '../../../lib/auth/coordinator-regions';
import { useMe } from '../../../lib/auth/use-session';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useCreateVoucher } from '../api/voucher-mutations';
import { voucherNetworksQueryOptions } from '../api/voucher-queries';
import { voucherPath, vouchersPath } from '../paths';

const fields = ['regionId', 'networkId', 'question', 'expertise'] as const;

/** A network of the region asks for a practising expert: the question and the expertise it needs. */
export function NewVoucherPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const regions = coordinatorRegions(me);
  const [regionId, setRegionId] = useState(regions.length === 1 ? regions[0]!.id : '');
  const [networkId, setNetworkId] = useState('');
  const [question, setQuestion] = useState('');
  const [expertise, setExpertise] = useState('');
  const networkQuery = useQuery({ ...voucherNetworksQueryOptions(regionId), enabled: regionId !== '' });
  const networks = networkQuery.data?.items ?? [];
  const deferred = useDeferredValue(question);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const save = useCreateVoucher({
    onSuccess: (voucher) => navigate(`${voucherPath(voucher.id)}?opgeslagen=${encodeURIComponent(voucher.expertise)}`),
  });
  if (regions.length === 0) return <ForbiddenPage />;
  const errors = fieldErrorsOf(save.error);
  return (
    <>
      <PageTitle title={t('vouchers.newTitle')} />
      <BackLink to={vouchersPath} label={t('vouchers.back')} />
      <Heading1>{t('vouchers.newTitle')}</Heading1>
      <Paragraph>{t('vouchers.newLead')}</Paragraph>
      <form
        noValidate
        className="lk-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ regionId, networkId, question, expertise });
        }}
      >
        <FormProblem error={save.error} fields={fields} />
        <SelectField
          id="voucher-region"
          label={t('vouchers.region')}
          value={regionId}
          error={errors.regionId}
          onChange={(event) => {
            setRegionId(event.target.value);
            setNetworkId('');
          }}
          options={[
            ...(regionId ? [] : [{ value: '', label: t('common.choose') }]),
            ...regions.map((region) => ({ value: region.id, label: region.name })),
          ]}
        />
        <SelectField
          id="voucher-network"
          label={t('gala.vouchers.network')}
          description={t('vouchers.networkHint')}
          value={networkId}
          error={errors.networkId}
          onChange={(event) => setNetworkId(event.target.value)}
          options={[
            { value: '', label: t('common.choose') },
            ...networks.map((network) => ({ value: network.id, label: network.name })),
          ]}
        />
        <TextAreaField
          id="voucher-question"
          label={t('vouchers.question')}
          value={question}
          error={errors.question}
          rows={4}
          required
          aria-invalid={findings.length > 0 ? true : undefined}
          extraDescribedBy={findings.length > 0 ? findingsId('voucher-question') : undefined}
          onChange={(event) => setQuestion(event.target.value)}
          after={
            <IdentifierFindings
              id={findingsId('voucher-question')}
              fieldId="voucher-question"
              text={question}
              findings={findings}
            />
          }
        />
        <TextField
          id="voucher-expertise"
          label={t('gala.vouchers.expertise')}
          value={expertise}
          error={errors.expertise}
          required
          onChange={(event) => setExpertise(event.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {t('vouchers.requestSubmit')}
        </Button>
      </form>
    </>
  );
}
