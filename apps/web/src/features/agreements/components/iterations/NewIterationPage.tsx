import { findIdentifiers, type Agreement, type AgreementVersion } from '@leerkring/domain';
import {
  Button,
  CheckboxField,
  Fieldset,
  Heading1,
  LoadingState,
  Paragraph,
  SelectField,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../../components/BackLink';
import { FormProblem } from '../../../../components/FormProblem';
import { PageTitle } from '../../../../components/PageTitle';
import { QueryProblem } from '../../../../components/QueryProblem';
import { fieldErrorsOf } from '../../../../lib/form-errors';
import { agreementQueryOptions, agreementVersionsQueryOptions } from '../../api/agreement-queries';
import { agreementPath } from '../../paths';
import { useCanInAgreementContext } from '../../use-agreement-access';
import { byNumberDescending } from '../AgreementPage';
import { GuardedTextArea } from '../GuardedTextArea';
import { iterationPath } from './model';
import { useCreateIteration } from '../../api/iteration-mutations';
import './iterations.css';

const fields = ['versionId', 'clauseIds', 'title', 'question', 'prediction', 'plan', 'startDate'] as const;
type Texts = { title: string; question: string; prediction: string; plan: string };

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

function NewIterationForm({ agreement, versions }: { agreement: Agreement; versions: readonly AgreementVersion[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sorted = [...versions].sort(byNumberDescending);
  const [versionId, setVersionId] = useState(agreement.versionInForce?.id ?? sorted[0]?.id ?? '');
  const [clauseIds, setClauseIds] = useState<string[]>([]);
  const [texts, setTexts] = useState<Texts>({ title: '', question: '', prediction: '', plan: '' });
  const [startDate, setStartDate] = useState('');
  const version = versions.find((item) => item.id === versionId);
  const set = (field: keyof Texts) => (value: string) => setTexts((current) => ({ ...current, [field]: value }));
  const blocked = Object.values(texts).some((text) => findIdentifiers(text).length > 0);

  const save = useCreateIteration(agreement.id, {
    onSuccess: (created) => navigate(iterationPath(agreement.id, created.id)),
  });
  const errors = fieldErrorsOf(save.error);

  return (
    <form
      noValidate
      className="lk-form lk-iteration-form"
      aria-label={t('iterations.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          versionId,
          clauseIds,
          title: texts.title,
          question: texts.question,
          prediction: texts.prediction,
          plan: texts.plan,
          ...(startDate ? { startDate } : {}),
        });
      }}
    >
      <FormProblem error={save.error} fields={fields} />
      <SelectField
        id="iteration-version"
        label={t('iterations.field.version')}
        description={t('iterations.field.versionHint')}
        value={versionId}
        onChange={(event) => {
          setVersionId(event.target.value);
          setClauseIds([]);
        }}
        error={errors.versionId}
        options={sorted.map((item) => ({
          value: item.id,
          label: t('agreements.versionWithStatus', {
            number: item.number,
            status: t(`agreements.status.${item.status}`),
          }),
        }))}
      />
      <Fieldset
        id="iteration-clauses"
        legend={t('iterations.field.clauses')}
        description={t('iterations.field.clausesHint')}
        error={errors.clauseIds}
      >
        {version && version.clauses.length > 0 ? (
          <div className="lk-checkbox-list">
            {version.clauses.map((clause) => (
              <CheckboxField
                key={clause.id}
                id={`iteration-clause-${clause.id}`}
                label={clause.title || clause.id}
                checked={clauseIds.includes(clause.id)}
                onChange={(event) =>
                  setClauseIds((current) =>
                    event.target.checked ? [...current, clause.id] : current.filter((id) => id !== clause.id),
                  )
                }
              />
            ))}
          </div>
        ) : (
          <Paragraph>{t('agreements.clauses.empty')}</Paragraph>
        )}
      </Fieldset>
      <TextField
        id="iteration-title"
        label={t('iterations.field.titleRequired')}
        value={texts.title}
        onChange={(event) => set('title')(event.target.value)}
        error={
          errors.title ??
          (findIdentifiers(texts.title).length > 0
            ? t('privacy.found', { count: findIdentifiers(texts.title).length })
            : undefined)
        }
        required
        maxLength={200}
      />
      <GuardedTextArea
        id="iteration-question"
        label={t('iterations.field.questionRequired')}
        description={t('iterations.field.questionHint')}
        value={texts.question}
        onChange={set('question')}
        error={errors.question}
        required
        rows={3}
      />
      <GuardedTextArea
        id="iteration-prediction"
        label={t('iterations.field.prediction')}
        description={t('iterations.field.predictionHint')}
        value={texts.prediction}
        onChange={set('prediction')}
        error={errors.prediction}
        rows={3}
      />
      <GuardedTextArea
        id="iteration-plan"
        label={t('iterations.field.plan')}
        description={t('iterations.field.planHint')}
        value={texts.plan}
        onChange={set('plan')}
        error={errors.plan}
      />
      <TextField
        id="iteration-start-date"
        type="date"
        label={t('iterations.field.startDate')}
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={errors.startDate}
      />
      {blocked ? (
        <p id="iteration-submit-blocked" className="lk-field-error">
          {t('iterations.blocked')}
        </p>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || blocked}
        aria-describedby={blocked ? 'iteration-submit-blocked' : undefined}
      >
        {t('iterations.create')}
      </Button>
    </form>
  );
}
