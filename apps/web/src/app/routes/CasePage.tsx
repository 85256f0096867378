import {
  caseFields,
  legalFrameworks,
  lifeDomains,
  organisationTypes,
  positiveHealthDimensions,
  type Case,
} from '@leerkring/domain';
import {
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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { TextLink } from '../../components/TextLink';
import { formatDateTime } from '../../lib/formatting';
import { termLabel, termLabels } from '../../lib/terms';
import { useLanguage } from '../../lib/use-language';
import { ClauseSources } from '../../features/agreements/components/ClauseSources';
import { useCanInBuildingTeam } from '../../lib/auth/use-context-permission';
import { caseHistoryQueryOptions } from '../../features/cases/api/case-queries';
import { caseQueryOptions } from '../../lib/queries/case';
import { caseLabel } from '../../lib/case-label';

/** A case with all its fields (managers get the coded view: no free text) and its history. */
export function CasePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '', caseId = '' } = useParams();
  const query = useQuery(caseQueryOptions(caseId));
  const title = query.data ? caseLabel(query.data, language) : t('cases.caseTitle');
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CaseDetails item={query.data} />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}/casussen`} label={t('cases.back')} />
    </>
  );
}

function CaseDetails({ item }: { item: Case }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayWrite = useCanInBuildingTeam('case:write', item.buildingTeam.id);
  const coded = item.content === 'coded';
  const dash = '—';
  const text = (value: string | null): ReactNode =>
    coded ? <em>{t('cases.textWithheld')}</em> : value && value.trim() ? value : dash;
  const values: Record<(typeof caseFields)[number]['code'], ReactNode> = {
    title: text(item.title),
    narrative: coded ? text(item.narrative) : <span className="lk-pre-wrap">{text(item.narrative)}</span>,
    presentingQuestion: text(item.presentingQuestion),
    presentingDimensions: termLabels(positiveHealthDimensions, item.presentingDimensions, language),
    underlyingQuestion: text(item.underlyingQuestion),
    underlyingDimensions: termLabels(positiveHealthDimensions, item.underlyingDimensions, language),
    lifeDomains: termLabels(lifeDomains, item.lifeDomains, language),
    underlyingLifeDomains: termLabels(lifeDomains, item.underlyingLifeDomains, language),
    professionalsInvolved: item.professionalsInvolved ?? dash,
    organisationTypesInvolved: termLabels(organisationTypes, item.organisationTypesInvolved, language),
    legalFrameworks: termLabels(legalFrameworks, item.legalFrameworks, language),
    caseDirectorOrganisation: item.caseDirectorOrganisation?.name ?? dash,
    diagnosis: text(item.diagnosis),
    familyMembers: text(item.familyMembers),
    ageGroup: text(item.ageGroup),
  };
  return (
    <>
      {coded ? <Paragraph>{t('cases.narrativeHidden')}</Paragraph> : null}
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('cases.statusLabel')}</dt>
          <dd>{t(`cases.status.${item.status}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.broughtIn')}</dt>
          <dd>
            {item.broughtInBy.name} ({item.organisation.name})
          </dd>
        </div>
        {caseFields
          .filter((field) => field.code !== 'title')
          .map((field) => (
            <div key={field.code}>
              <dt>{field.label[language]}</dt>
              <dd>{values[field.code]}</dd>
            </div>
          ))}
      </dl>
      {mayWrite ? (
        <Paragraph>
          <TextLink to="wijzigen">{t('cases.edit')}</TextLink>
        </Paragraph>
      ) : null}
      <CaseHistory caseId={item.id} />
      <ClauseSources query={{ caseId: item.id }} />
    </>
  );
}

function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(caseHistoryQueryOptions(caseId));
  const fieldLabel = (code: string) =>
    code === 'status' ? t('cases.statusLabel') : termLabel(caseFields, code.replace(/Id$/, ''), language);
  return (
    <section>
      <Heading2 id="case-history">{t('cases.history.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('cases.history.empty')}</Paragraph>
      ) : (
        <Table caption={t('cases.history.heading')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('cases.history.when')}</TableHeaderCell>
              <TableHeaderCell>{t('cases.history.who')}</TableHeaderCell>
              <TableHeaderCell>{t('cases.history.fields')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.items.map((change) => (
              <TableRow key={change.id}>
                <TableCell>
                  <time dateTime={change.changedAt}>{formatDateTime({ timestamp: change.changedAt, language })}</time>
                </TableCell>
                <TableCell>{change.changedBy.name}</TableCell>
                <TableCell>
                  {change.fields.length === 0 ? t('cases.history.created') : change.fields.map(fieldLabel).join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
