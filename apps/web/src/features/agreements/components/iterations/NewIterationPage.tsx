import { Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../../components/BackLink';
import { PageTitle } from '../../../../components/PageTitle';
import { QueryProblem } from '../../../../components/QueryProblem';
import { agreementQueryOptions, agreementVersionsQueryOptions } from '../../api/agreement-queries';
import { agreementPath } from '../../paths';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { NewIterationForm } from './NewIterationForm';
import './iterations.css';

/** Start an iteration: which version and clauses it tests, what we want to learn, what we expect and what we will do. */
export function NewIterationPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const versions = useQuery(agreementVersionsQueryOptions(agreementId));
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.data?.context);
  const error = agreement.error ?? versions.error;
  return (
    <>
      <PageTitle title={t('iterations.newTitle')} />
      <Heading1>{t('iterations.newTitle')}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), versions.refetch()])} />
      ) : !agreement.data || !versions.data ? (
        <LoadingState label={t('common.loading')} />
      ) : !mayWrite ? (
        <Paragraph>{t('iterations.mayNotWrite')}</Paragraph>
      ) : (
        <>
          <Paragraph appearance="lead">{t('iterations.newLead', { title: agreement.data.title })}</Paragraph>
          <NewIterationForm agreement={agreement.data} versions={versions.data.items} />
        </>
      )}
      <BackLink to={agreementPath(agreementId)} label={t('agreements.backToAgreement')} />
    </>
  );
}
