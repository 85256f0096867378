import type { Agreement, AgreementContext } from '@leerkring/domain';
import { Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { agreementQueryOptions, learningGroupsQueryOptions } from '../api/agreement-queries';
import { agreementUpdateOf, defaultRuleDraft, ruleDraftOf } from '../agreement-values';
import { agreementPath, contextPath, newAgreementContextParams } from '../paths';
import { useCanInAgreementContext } from '../use-agreement-access';
import { AgreementForm } from './AgreementForm';
import { useCreateAgreement, useUpdateAgreement } from '../api/agreement-mutations';

type ContextRef = Pick<AgreementContext, 'type' | 'id'>;

/** The bouwteam or learning group named in the address (`?bouwteam=<id>` or `?leergroep=<id>`). */
function useContextFromAddress(): ContextRef | undefined {
  const [params] = useSearchParams();
  const buildingTeamId = params.get(newAgreementContextParams['building-team']);
  const learningGroupId = params.get(newAgreementContextParams['learning-group']);
  if (buildingTeamId) return { type: 'building-team', id: buildingTeamId };
  if (learningGroupId) return { type: 'learning-group', id: learningGroupId };
  return undefined;
}

/** The name of the bouwteam or learning group, once known. */
function useContextName(context: ContextRef | undefined) {
  const team = useQuery({ ...buildingTeamQueryOptions(context?.id ?? ''), enabled: context?.type === 'building-team' });
  const groups = useQuery({ ...learningGroupsQueryOptions(), enabled: context?.type === 'learning-group' });
  if (context?.type === 'building-team') return { name: team.data?.name, query: team };
  return { name: groups.data?.items.find((group) => group.id === context?.id)?.name, query: groups };
}

/** Start an agreement for a bouwteam or learning group: title, scope and decision rule; its text starts as concept 0.1. */
export function NewAgreementPage() {
  const { t } = useTranslation();
  const context = useContextFromAddress();
  const mayWrite = useCanInAgreementContext('agreement:write', context);
  const { name, query } = useContextName(context);
  return (
    <>
      <PageTitle title={t('agreements.start.title')} />
      <Heading1>{t('agreements.start.title')}</Heading1>
      {!context ? (
        <Paragraph>{t('agreements.start.noContext')}</Paragraph>
      ) : !mayWrite ? (
        <Paragraph>{t('agreements.start.mayNotWrite')}</Paragraph>
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <>
          <Paragraph appearance="lead">
            {t('agreements.start.lead', { where: t(`agreements.context.${context.type}`, { name: name ?? '' }) })}
          </Paragraph>
          <NewAgreementForm context={context} />
        </>
      )}
      {context ? (
        <BackLink to={contextPath(context)} label={t(`agreements.backTo.${context.type}`, { name: name ?? '' })} />
      ) : null}
    </>
  );
}

function NewAgreementForm({ context }: { context: ContextRef }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement({ onSuccess: (created) => navigate(agreementPath(created.id)) });
  return (
    <AgreementForm
      idPrefix="new-agreement"
      label={t('agreements.start.title')}
      initial={{ title: '', scope: '', rule: defaultRuleDraft, changelog: '' }}
      withChangelog
      submitLabel={t('agreements.start.submit')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(values, rule) =>
        create.mutate({
          context,
          title: values.title,
          scope: values.scope,
          decisionRule: rule,
          clauses: [],
          changelog: values.changelog,
        })
      }
    />
  );
}

/** Change an agreement's title, scope or decision rule (the rule not while partners are giving their stances). */
export function EditAgreementPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const query = useQuery(agreementQueryOptions(agreementId));
  const mayWrite = useCanInAgreementContext('agreement:write', query.data?.context);
  return (
    <>
      <PageTitle
        title={query.data ? t('agreements.change.heading', { title: query.data.title }) : t('agreements.change.title')}
      />
      <Heading1>
        {query.data ? t('agreements.change.heading', { title: query.data.title }) : t('agreements.change.title')}
      </Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : !mayWrite ? (
        <Paragraph>{t('agreements.change.mayNotWrite')}</Paragraph>
      ) : (
        <EditAgreementForm agreement={query.data} key={query.data.id} />
      )}
      <BackLink to={agreementPath(agreementId)} label={t('agreements.backToAgreement')} />
    </>
  );
}

function EditAgreementForm({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateAgreement(agreement, { onSuccess: (saved) => navigate(agreementPath(saved.id)) });
  const proposed = agreement.latestVersion.status === 'proposed' ? agreement.latestVersion : undefined;
  return (
    <AgreementForm
      idPrefix="edit-agreement"
      label={t('agreements.change.title')}
      initial={{
        title: agreement.title,
        scope: agreement.scope,
        rule: ruleDraftOf(agreement.decisionRule),
        changelog: '',
      }}
      withChangelog={false}
      ruleDescription={proposed ? t('agreements.ruleField.roundOpen', { number: proposed.number }) : undefined}
      submitLabel={t('agreements.change.submit')}
      pending={update.isPending}
      error={update.error}
      onSubmit={(values, rule) => update.mutate(agreementUpdateOf({ agreement, values, rule }))}
    />
  );
}
