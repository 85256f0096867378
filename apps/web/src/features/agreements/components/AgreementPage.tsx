import { isInForce, isOpen, type Agreement, type AgreementVersion } from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Heading1,
  Heading2,
  LoadingState,
  Paragraph,
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
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { agreementQueryOptions, agreementVersionsQueryOptions } from '../api/agreement-queries';
import { decisionRuleText } from '../labels';
import { comparePath, contextPath, editAgreementPath, editPath, versionPath } from '../paths';
import { useCanInAgreementContext } from '../use-agreement-access';
import { ReviewDate } from './ContextAgreements';
import { IterationsSection } from './iterations/IterationsSection';
import { MeasuresSection } from './measures';
import { useCreateConcept } from '../api/agreement-mutations';

/** Where the agreement belongs, as a link: "Bouwteam …" or "Leergroep …". */
export function ContextLink({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  return (
    <TextLink to={contextPath(agreement.context)}>
      {t(`agreements.context.${agreement.context.type}`, { name: agreement.context.name })}
    </TextLink>
  );
}

/** An agreement: what it is about, its decision rule and all its versions, with a way to start a new concept. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const query = useQuery(agreementQueryOptions(agreementId));
  return (
    <>
      <PageTitle title={query.data?.title ?? t('agreements.agreementTitle')} />
      <Heading1>{query.data?.title ?? t('agreements.agreementTitle')}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <AgreementDetails agreement={query.data} />
          <BackLink
            to={contextPath(query.data.context)}
            label={t(`agreements.backTo.${query.data.context.type}`, { name: query.data.context.name })}
          />
        </>
      )}
    </>
  );
}

function AgreementDetails({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.context);
  return (
    <>
      {agreement.scope ? <Paragraph appearance="lead">{agreement.scope}</Paragraph> : null}
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('agreements.of')}</dt>
          <dd>
            <ContextLink agreement={agreement} />
          </dd>
        </div>
        <div>
          <dt>{t('agreements.decisionRule')}</dt>
          <dd>{decisionRuleText(t, agreement.decisionRule)}</dd>
        </div>
        <div>
          <dt>{t('agreements.inForce')}</dt>
          <dd>
            {agreement.versionInForce ? (
              <TextLink to={versionPath(agreement.id, agreement.versionInForce.id)}>
                {t('agreements.versionWithStatus', {
                  number: agreement.versionInForce.number,
                  status: t(`agreements.status.${agreement.versionInForce.status}`),
                })}
              </TextLink>
            ) : (
              t('agreements.noneInForce')
            )}
          </dd>
        </div>
        {agreement.versionInForce?.reviewDate ? (
          <div>
            <dt>{t('agreements.reviewDate')}</dt>
            <dd>
              <ReviewDate date={agreement.versionInForce.reviewDate} />
            </dd>
          </div>
        ) : null}
      </dl>
      {mayWrite ? (
        <Paragraph>
          <TextLink to={editAgreementPath(agreement.id)}>{t('agreements.change.link')}</TextLink>
        </Paragraph>
      ) : null}
      <Versions agreement={agreement} />
      <IterationsSection agreementId={agreement.id} />
      <MeasuresSection agreementId={agreement.id} mayWrite={mayWrite} />
    </>
  );
}

function Versions({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const navigate = useNavigate();
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.context);
  const query = useQuery(agreementVersionsQueryOptions(agreement.id));
  const [major, setMajor] = useState(false);
  const create = useCreateConcept(agreement.id, {
    onSuccess: (created) => navigate(editPath(agreement.id, created.id)),
  });
  const versions = query.data?.items ?? [];
  const open = versions.find((version) => isOpen(version.status));
  const numberOf = (id: string | null) => versions.find((version) => version.id === id)?.number;
  const date = (value: string | null | undefined) => (value ? <time dateTime={value}>{formatDate(value)}</time> : '—');
  const sorted = [...versions].sort(byNumberDescending);
  return (
    <section aria-labelledby="agreement-versions">
      <Heading2 id="agreement-versions">{t('agreements.versions.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : (
        <Table caption={t('agreements.versions.caption', { title: agreement.title })} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('agreements.versions.number')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.versions.status')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.validFrom')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.validUntil')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.reviewDate')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.versions.basedOn')}</TableHeaderCell>
              <TableHeaderCell>{t('common.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((version) => (
              <TableRow key={version.id}>
                <TableCell>
                  <TextLink to={versionPath(agreement.id, version.id)}>
                    {t('agreements.versionNumber', { number: version.number })}
                  </TextLink>
                </TableCell>
                <TableCell>{t(`agreements.status.${version.status}`)}</TableCell>
                <TableCell>{date(version.validFrom)}</TableCell>
                <TableCell>{date(version.validUntil)}</TableCell>
                <TableCell>
                  {version.reviewDate && isInForce(version.status) ? (
                    <ReviewDate date={version.reviewDate} />
                  ) : (
                    date(version.reviewDate)
                  )}
                </TableCell>
                <TableCell>{numberOf(version.basedOnVersionId) ?? '—'}</TableCell>
                <TableCell>
                  {version.basedOnVersionId ? (
                    <TextLink to={comparePath(agreement.id, version.id, version.basedOnVersionId)}>
                      {t('agreements.versions.compareWith', { number: numberOf(version.basedOnVersionId) ?? '' })}
                    </TextLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayWrite && query.isSuccess ? (
        open ? (
          <Paragraph>
            {t(open.status === 'concept' ? 'agreements.versions.openConcept' : 'agreements.versions.openProposal', {
              number: open.number,
            })}{' '}
            {open.status === 'concept' ? (
              <TextLink to={editPath(agreement.id, open.id)}>{t('agreements.version.edit')}</TextLink>
            ) : null}
          </Paragraph>
        ) : (
          <>
            <FormProblem error={create.error} fields={[]} />
            <Paragraph>{t('agreements.versions.newHint')}</Paragraph>
            <CheckboxField
              id="new-concept-major"
              label={t('agreements.versions.major')}
              description={t('agreements.versions.majorHint')}
              checked={major}
              onChange={(event) => setMajor(event.target.checked)}
            />
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() => create.mutate(major)}
              disabled={create.isPending}
            >
              {t('agreements.versions.new')}
            </Button>
          </>
        )
      ) : null}
    </section>
  );
}

/** Newest first: 1.0 before 0.10 before 0.9. */
export function byNumberDescending(a: Pick<AgreementVersion, 'number'>, b: Pick<AgreementVersion, 'number'>): number {
  const [aMajor = 0, aMinor = 0] = a.number.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.number.split('.').map(Number);
  return bMajor - aMajor || bMinor - aMinor;
}
