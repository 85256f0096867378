import { Alert, Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { agreementQueryOptions, agreementVersionQueryOptions } from '../api/agreement-queries';
import { versionPath } from '../paths';
import { useCanInAgreementContext } from '../use-agreement-access';
import { VersionEditor } from './VersionEditor';

/** Edit a concept: its clauses (titles, texts, order, new and removed ones) and its changelog. */
export function EditVersionPage() {
  const { t } = useTranslation();
  const { agreementId = '', versionId = '' } = useParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  // The editor reads the version once; what others save meanwhile comes back as a conflict, never as a silent reset.
  const version = useQuery({ ...agreementVersionQueryOptions(agreementId, versionId), refetchOnWindowFocus: false });
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.data?.context);
  if (agreement.data && !mayWrite) return <ForbiddenPage />;
  const error = agreement.error ?? version.error;
  const heading = version.data
    ? t('agreements.editor.heading', { number: version.data.number })
    : t('agreements.editor.title');
  return (
    <>
      <PageTitle title={agreement.data ? `${heading} – ${agreement.data.title}` : heading} />
      <Heading1>{heading}</Heading1>
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), version.refetch()])} />
      ) : !agreement.data || !version.data ? (
        <LoadingState label={t('common.loading')} />
      ) : version.data.status !== 'concept' ? (
        <Alert type="warning">
          <Paragraph>
            {t('agreements.editor.notAConcept', {
              number: version.data.number,
              status: t(`agreements.status.${version.data.status}`),
            })}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph appearance="lead">{agreement.data.title}</Paragraph>
          <VersionEditor key={version.data.id} agreement={agreement.data} version={version.data} />
        </>
      )}
      <BackLink to={versionPath(agreementId, versionId)} label={t('agreements.backToVersion')} />
    </>
  );
}
