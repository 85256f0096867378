import { lessonAsksForAgreementChange, type Agreement, type Lesson } from '@leerkring/domain';
import { Alert, Button, Heading2, LoadingState, Paragraph, SelectField, TextAreaField, TextField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/QueryProblem';
import { isApiProblem } from '../../../lib/api-client';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { findingOf, IdentifierFindings, refusedId, type Finding } from '../../../components/IdentifierFindings';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { agreementsQueryOptions, agreementVersionQueryOptions } from '../api/agreement-queries';
import { versionPath } from '../paths';
import { useProposeClauseChange } from '../api/proposal-mutations';
import { proposalFormSchema } from '../proposal-form';

/** The version a lesson's proposal lands in: the open concept, else a copy of the version in force (or the latest). */
function baseVersionOf(agreement: Agreement) {
  return agreement.latestVersion.status === 'concept'
    ? agreement.latestVersion
    : (agreement.versionInForce ?? agreement.latestVersion);
}

/**
 * A lesson whose follow-up is "change an agreement", turned into a clause change in one step: pick the agreement, an
 * existing clause to change (or none, for a new one), write the text; the concept opens with the change.
 */
export function LessonProposal({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const mayWrite = useCanInBuildingTeam('agreement:write', lesson.buildingTeam.id);
  const agreements = useQuery({
    ...agreementsQueryOptions({ buildingTeamId: lesson.buildingTeam.id, page: 1, pageSize: 50 }),
    enabled: mayWrite,
  });
  if (!lessonAsksForAgreementChange(lesson) || !mayWrite) return null;
  return (
    <section aria-labelledby="lesson-proposal">
      <Heading2 id="lesson-proposal">{t('agreements.proposal.heading')}</Heading2>
      <Paragraph>{t('agreements.proposal.lead')}</Paragraph>
      {agreements.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : agreements.isError ? (
        <QueryProblem error={agreements.error} headingLevel={3} onRetry={() => void agreements.refetch()} />
      ) : agreements.data.items.length === 0 ? (
        <Paragraph>{t('agreements.empty')}</Paragraph>
      ) : (
        <ClauseProposalForm
          source={{ kind: 'lesson', id: lesson.id }}
          agreements={agreements.data.items}
          labelledBy="lesson-proposal"
        />
      )}
    </section>
  );
}

/** Where a proposed clause change comes from: the clause will name it (a lesson, or an iteration decided "adapt"). */
export type ProposalSource = { kind: 'lesson'; id: string } | { kind: 'iteration'; id: string };

/**
 * The one-step proposal: pick the agreement (when there is a choice), an existing clause of the version the change
 * lands in (or none, for a new clause), write the text; the concept opens with the change, linked to its source.
 */
export function ClauseProposalForm({
  source,
  agreements,
  labelledBy,
}: {
  source: ProposalSource;
  agreements: readonly Agreement[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, watch, setValue, getValues } = useSchemaForm(proposalFormSchema, {
    agreementId: agreements[0]!.id,
    clauseId: '',
    title: '',
    text: '',
  });
  const [sent, setSent] = useState<string | null>(null);
  const text = watch('text');
  const agreement = agreements.find((item) => item.id === watch('agreementId')) ?? agreements[0]!;
  const base = baseVersionOf(agreement);
  const version = useQuery(agreementVersionQueryOptions(agreement.id, base.id));
  const beingConsented = agreement.latestVersion.status === 'proposed';
  const propose = useProposeClauseChange({ onSuccess: (concept) => navigate(versionPath(agreement.id, concept.id)) });
  const errorAt = fieldErrorsAt(formState.errors, propose.error, { text: { too_small: t('form.errors.required') } });
  const refused: Finding[] =
    isApiProblem(propose.error) && sent === text
      ? (propose.error.problem.invalidParams ?? []).flatMap((param) => {
          const finding = param.name === 'body.text' ? findingOf(param) : undefined;
          return finding ? [finding] : [];
        })
      : [];
  /** Choosing a clause to change starts from its title and text. */
  const clauseField = register('clauseId', {
    onChange: () => {
      const clause = version.data?.clauses.find((item) => item.id === getValues('clauseId'));
      setValue('title', clause?.title ?? '');
      setValue('text', clause?.text ?? '');
    },
  });
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby={labelledBy}
      onSubmit={(event) =>
        void handleSubmit(({ agreementId, ...change }) => {
          setSent(getValues('text'));
          propose.mutate({ agreementId, source, change });
        })(event)
      }
    >
      <FormProblem error={propose.error} fields={['lessonId', 'iterationId', 'clauseId', 'title', 'text']} />
      {agreements.length > 1 ? (
        <SelectField
          id="proposal-agreement"
          label={t('agreements.proposal.agreement')}
          {...register('agreementId', { onChange: () => setValue('clauseId', '') })}
          error={errorAt('agreementId')}
          options={agreements.map((item) => ({ value: item.id, label: item.title }))}
        />
      ) : null}
      {beingConsented ? (
        <Alert type="warning">
          <Paragraph>{t('agreements.proposal.beingConsented', { number: agreement.latestVersion.number })}</Paragraph>
        </Alert>
      ) : null}
      {version.isError ? (
        <QueryProblem error={version.error} headingLevel={3} onRetry={() => void version.refetch()} />
      ) : null}
      <SelectField
        id="proposal-clause"
        label={t('agreements.proposal.clause')}
        description={t('agreements.proposal.clauseDescription', { number: base.number })}
        {...clauseField}
        error={errorAt('clauseId')}
        options={[
          { value: '', label: t('agreements.proposal.newClause') },
          ...(version.data?.clauses ?? []).map((clause, index) => ({
            value: clause.id,
            label: t('agreements.clauses.numbered', {
              number: index + 1,
              title: clause.title || t('agreements.clauses.untitled'),
            }),
          })),
        ]}
      />
      <TextField
        id="proposal-title"
        label={t('agreements.editor.clauseTitle')}
        {...register('title')}
        error={errorAt('title')}
        maxLength={200}
      />
      <TextAreaField
        id="proposal-text"
        label={t('agreements.proposal.text')}
        {...register('text')}
        error={errorAt('text')}
        required
        rows={4}
        aria-invalid={refused.length > 0 ? true : undefined}
        extraDescribedBy={refused.length > 0 ? refusedId('proposal-text') : undefined}
        after={
          <IdentifierFindings
            id={refusedId('proposal-text')}
            fieldId="proposal-text"
            text={text}
            findings={refused}
            fromServer
          />
        }
      />
      <Button type="submit" appearance="primary-action-button" disabled={propose.isPending || beingConsented}>
        {t('agreements.proposal.submit')}
      </Button>
    </form>
  );
}
