import type { AgreementVersion } from '@leerkring/domain';
import { Button, CheckboxField, Heading1, Heading2, LoadingState, Paragraph, SelectField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import {
  agreementDiffQueryOptions,
  agreementQueryOptions,
  agreementVersionsQueryOptions,
} from '../api/agreement-queries';
import { compareFormSchema } from '../agreement-values';
import { comparePath, versionPath } from '../paths';
import { byNumberDescending } from './AgreementPage';
import { DiffView } from './DiffView';

/** The version this one is compared with by default: the one it was based on, else the one before it. */
export function defaultAgainst(version: AgreementVersion, versions: readonly AgreementVersion[]): string | undefined {
  if (version.basedOnVersionId && versions.some((item) => item.id === version.basedOnVersionId))
    return version.basedOnVersionId;
  const sorted = [...versions].sort(byNumberDescending);
  return sorted[sorted.findIndex((item) => item.id === version.id) + 1]?.id;
}

/** Any two versions side by side in one text: per clause added, removed, changed or moved, with the words that changed. */
export function ComparePage() {
  const { t } = useTranslation();
  const { agreementId = '', versionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const agreement = useQuery(agreementQueryOptions(agreementId));
  const versions = useQuery(agreementVersionsQueryOptions(agreementId));
  const items = versions.data?.items ?? [];
  const to = items.find((item) => item.id === versionId);
  const against = searchParams.get('met') ?? (to ? defaultAgainst(to, items) : undefined);
  const from = items.find((item) => item.id === against);
  const title =
    to && from ? t('agreements.diff.title', { from: from.number, to: to.number }) : t('agreements.diff.fallbackTitle');
  const error = agreement.error ?? versions.error;
  return (
    <>
      <PageTitle title={agreement.data ? `${title} – ${agreement.data.title}` : title} />
      <Heading1>{title}</Heading1>
      {agreement.data ? <Paragraph appearance="lead">{agreement.data.title}</Paragraph> : null}
      {error ? (
        <QueryProblem error={error} onRetry={() => void Promise.all([agreement.refetch(), versions.refetch()])} />
      ) : !versions.data ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <>
          <ChooseVersions
            key={`${versionId}-${against ?? ''}`}
            agreementId={agreementId}
            versions={items}
            fromId={against}
            toId={versionId}
          />
          {!to ? (
            <Paragraph>{t('agreements.diff.versionNotFound')}</Paragraph>
          ) : !from ? (
            <Paragraph>{t('agreements.diff.nothingToCompare')}</Paragraph>
          ) : from.id === to.id ? (
            <Paragraph>{t('agreements.diff.same')}</Paragraph>
          ) : (
            <Diff agreementId={agreementId} versionId={to.id} against={from.id} />
          )}
        </>
      )}
      <BackLink to={versionPath(agreementId, versionId)} label={t('agreements.backToVersion')} />
    </>
  );
}

export function ChooseVersions({
  agreementId,
  versions,
  fromId,
  toId,
}: {
  agreementId: string;
  versions: readonly AgreementVersion[];
  fromId: string | undefined;
  toId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, handleSubmit, formState } = useSchemaForm(compareFormSchema, { from: fromId ?? '', to: toId });
  const errorAt = fieldErrorsAt(formState.errors, undefined);
  const options = [...versions].sort(byNumberDescending).map((version) => ({
    value: version.id,
    label: t('agreements.versionWithStatus', {
      number: version.number,
      status: t(`agreements.status.${version.status}`),
    }),
  }));
  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(({ from, to }) => navigate(comparePath(agreementId, to, from)))(event)}
      className="lk-filters lk-compare-form"
      aria-labelledby="compare-choose"
    >
      <Heading2 id="compare-choose">{t('agreements.diff.choose')}</Heading2>
      <SelectField
        id="compare-from"
        label={t('agreements.diff.from')}
        {...register('from')}
        error={errorAt('from')}
        options={[{ value: '', label: t('common.choose') }, ...options]}
      />
      <SelectField
        id="compare-to"
        label={t('agreements.diff.to')}
        {...register('to')}
        error={errorAt('to')}
        options={options}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('agreements.diff.submit')}
      </Button>
    </form>
  );
}

function Diff({ agreementId, versionId, against }: { agreementId: string; versionId: string; against: string }) {
  const { t } = useTranslation();
  const [onlyChanges, setOnlyChanges] = useState(false);
  const query = useQuery(agreementDiffQueryOptions({ agreementId, versionId, against }));
  return (
    <section aria-labelledby="diff-heading">
      <Heading2 id="diff-heading">{t('agreements.diff.heading')}</Heading2>
      <p className="lk-diff__legend">
        {t('agreements.diff.legend')} <ins className="lk-diff__ins">{t('agreements.diff.legendInserted')}</ins>{' '}
        <del className="lk-diff__del">{t('agreements.diff.legendDeleted')}</del>
      </p>
      <div className="lk-diff-options">
        <CheckboxField
          id="diff-only-changes"
          label={t('agreements.diff.onlyChanges')}
          checked={onlyChanges}
          onChange={(event) => setOnlyChanges(event.target.checked)}
        />
      </div>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : (
        <DiffView diff={query.data} onlyChanges={onlyChanges} />
      )}
    </section>
  );
}
