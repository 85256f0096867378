import type { GalaPlan } from '@leerkring/domain';
import { Button, Heading1, LoadingState, ProblemAlert } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { problemOf } from '../../../lib/api-client';
import { canWith } from '../../../lib/auth/principal';
import { useMe } from '../../../lib/auth/use-session';
import { galaPlanQueryOptions } from '../api/gala-queries';
import { newNoteFieldId } from '../plan-draft';
import { usePlanEditor } from '../use-plan-editor';
import { planPath } from '../paths';
import { PlanChoiceFields } from './PlanChoiceFields';
import { PlanConflict } from './PlanConflict';
import { ActionFields, BudgetFields, MilestoneFields } from './PlanRowFields';
import { PlanTextField } from './PlanTextField';

/** Change a plan: read at a revision, saved with `If-Match`; a stale save keeps the input and shows the plan as it is now. */
export function EditGalaPlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const me = useMe();
  const query = useQuery({ ...galaPlanQueryOptions(planId), staleTime: Infinity, refetchOnWindowFocus: false });
  if (query.isPending) return <LoadingState label={t('gala.plan.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('gala.plan.editTitlePlain')} />
        <Heading1>{t('gala.plan.editTitlePlain')}</Heading1>
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!canWith(me, 'gala-plan:write', { type: 'region', id: query.data.region.id })) return <ForbiddenPage />;
  // The form keeps the revision it was opened at; a newer plan in the cache (after a 412) does not reset it.
  return <PlanForm plan={query.data} />;
}

function PlanForm({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = usePlanEditor({
    plan,
    onSaved: (saved) => void navigate(`${planPath(saved.id)}?opgeslagen=1`),
  });
  const title = t('gala.plan.editTitle', { name: plan.municipality?.name ?? t('gala.wholeRegion') });
  const { draft, setDraft, save, conflict, refusals } = editor;
  const refused = save.error && !conflict ? problemOf(save.error) : null;
  const noteId = newNoteFieldId(draft);
  return (
    <>
      <PageTitle title={title} />
      <BackLink to={planPath(plan.id)} label={t('gala.plan.backToPlan')} />
      <Heading1>{title}</Heading1>
      {conflict ? (
        <PlanConflict current={conflict} onApply={editor.applyOnCurrent} onStartOver={editor.startFromCurrent} />
      ) : null}
      <form
        noValidate
        className="lk-form"
        onSubmit={(event) => {
          event.preventDefault();
          editor.submit();
        }}
      >
        {refused ? (
          <ProblemAlert
            title={refused.title}
            detail={refused.detail}
            fields={refusals.unplaced}
            fieldsLabel={t('problem.fieldsLabel')}
            headingLevel={2}
          />
        ) : null}
        <PlanChoiceFields editor={editor} />
        <ActionFields editor={editor} />
        <BudgetFields editor={editor} />
        <MilestoneFields editor={editor} />
        <PlanTextField
          id={noteId}
          label={t('gala.plan.newNote')}
          value={draft.newNote}
          sent={editor.submitted?.newNote}
          onChange={(newNote) => setDraft({ ...draft, newNote })}
          editor={editor}
          multiline
        />
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending || conflict !== null}>
          {t('gala.plan.save')}
        </Button>
      </form>
    </>
  );
}
