import { galaActionStatuses, milestoneStatuses, type GalaActionStatus, type MilestoneStatus } from '@leerkring/domain';
import { Button, Fieldset, SelectField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../api/use-taxonomy-labels';
import { planFieldId, type PlanDraft } from '../plan-draft';
import type { PlanEditor } from '../use-plan-editor';
import { PlanTextField } from './PlanTextField';

const replaced = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, at) => (at === index ? { ...item, ...patch } : item));

/** The actions: what, status and due date; added and removed here. */
export function ActionFields({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { draft, setDraft, submitted, refusals } = editor;
  const set = (index: number, patch: Partial<PlanDraft['actions'][number]>) =>
    setDraft({ ...draft, actions: replaced(draft.actions, index, patch) });
  return (
    <Fieldset id="plan-actions" legend={t('gala.plan.actions')}>
      <div className="lk-plan-rows">
        {draft.actions.map((action, index) => (
          <fieldset key={action.id ?? `new-${index}`} className="lk-plan-row">
            <legend>{t('gala.plan.actionNumber', { number: index + 1 })}</legend>
            <PlanTextField
              id={planFieldId(`actions.${index}.what`)}
              label={t('gala.plan.actionWhat')}
              value={action.what}
              sent={submitted?.actions[index]?.what}
              onChange={(what) => set(index, { what })}
              editor={editor}
              multiline
              required
            />
            <SelectField
              id={planFieldId(`actions.${index}.status`)}
              label={t('gala.plan.status')}
              value={action.status}
              error={refusals.reasons[planFieldId(`actions.${index}.status`)]}
              onChange={(event) => set(index, { status: event.target.value as GalaActionStatus })}
              options={galaActionStatuses.map((status) => ({ value: status, label: t(`gala.actionStatus.${status}`) }))}
            />
            <TextField
              id={planFieldId(`actions.${index}.dueDate`)}
              type="date"
              label={t('gala.plan.dueDate')}
              value={action.dueDate}
              error={refusals.reasons[planFieldId(`actions.${index}.dueDate`)]}
              onChange={(event) => set(index, { dueDate: event.target.value })}
            />
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setDraft({ ...draft, actions: draft.actions.filter((_, at) => at !== index) })}
            >
              {t('gala.plan.removeAction', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
      </div>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() =>
          setDraft({
            ...draft,
            actions: [...draft.actions, { what: '', partnerOrganisationId: null, status: 'planned', dueDate: '' }],
          })
        }
      >
        {t('gala.plan.addAction')}
      </Button>
    </Fieldset>
  );
}

/** Per block and year the amounts planned and spent in euros, and why, when more was spent. */
export function BudgetFields({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const blocks = useTaxonomy('budget-block');
  const { draft, setDraft, submitted, refusals, amountErrors } = editor;
  const set = (index: number, patch: Partial<PlanDraft['budget'][number]>) =>
    setDraft({ ...draft, budget: replaced(draft.budget, index, patch) });
  const amountError = (id: string) =>
    refusals.reasons[id] ?? (amountErrors[id] ? t('gala.plan.amountInvalid') : undefined);
  return (
    <Fieldset id="plan-budget" legend={t('gala.plan.budget')} description={t('gala.plan.budgetHint')}>
      <div className="lk-plan-rows">
        {draft.budget.map((line, index) => (
          <fieldset key={`${line.block}-${line.year}`} className="lk-plan-row">
            <legend>{t('gala.plan.budgetLine', { block: blocks.labelOf(line.block), year: line.year })}</legend>
            <TextField
              id={planFieldId(`budget.${index}.plannedCents`)}
              label={t('gala.plan.plannedEuros')}
              inputMode="decimal"
              value={line.planned}
              error={amountError(planFieldId(`budget.${index}.plannedCents`))}
              onChange={(event) => set(index, { planned: event.target.value })}
            />
            <TextField
              id={planFieldId(`budget.${index}.spentCents`)}
              label={t('gala.plan.spentEuros')}
              inputMode="decimal"
              value={line.spent}
              error={amountError(planFieldId(`budget.${index}.spentCents`))}
              onChange={(event) => set(index, { spent: event.target.value })}
            />
            <PlanTextField
              id={planFieldId(`budget.${index}.overspendReason`)}
              label={t('gala.plan.overspendReason')}
              value={line.overspendReason}
              sent={submitted?.budget[index]?.overspendReason}
              onChange={(overspendReason) => set(index, { overspendReason })}
              editor={editor}
            />
          </fieldset>
        ))}
      </div>
    </Fieldset>
  );
}

/** The milestones: title, due date, status and the dates it started and was reached. */
export function MilestoneFields({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { draft, setDraft, submitted, refusals } = editor;
  const set = (index: number, patch: Partial<PlanDraft['milestones'][number]>) =>
    setDraft({ ...draft, milestones: replaced(draft.milestones, index, patch) });
  const date = (index: number, field: 'dueDate' | 'startedOn' | 'doneOn', value: string) => {
    const id = planFieldId(`milestones.${index}.${field}`);
    return (
      <TextField
        id={id}
        type="date"
        label={t(`gala.plan.milestone.${field}`)}
        value={value}
        error={refusals.reasons[id]}
        onChange={(event) => set(index, { [field]: event.target.value })}
      />
    );
  };
  return (
    <Fieldset id="plan-milestones" legend={t('gala.plan.milestones')}>
      <div className="lk-plan-rows">
        {draft.milestones.map((milestone, index) => (
          <fieldset key={milestone.id ?? `new-${index}`} className="lk-plan-row">
            <legend>{milestone.title || t('gala.plan.milestoneNumber', { number: index + 1 })}</legend>
            <PlanTextField
              id={planFieldId(`milestones.${index}.title`)}
              label={t('gala.milestones.title')}
              value={milestone.title}
              sent={submitted?.milestones[index]?.title}
              onChange={(title) => set(index, { title })}
              editor={editor}
              required
            />
            {date(index, 'dueDate', milestone.dueDate)}
            <SelectField
              id={planFieldId(`milestones.${index}.status`)}
              label={t('gala.plan.status')}
              value={milestone.status}
              error={refusals.reasons[planFieldId(`milestones.${index}.status`)]}
              onChange={(event) => set(index, { status: event.target.value as MilestoneStatus })}
              options={milestoneStatuses.map((status) => ({
                value: status,
                label: t(`gala.milestoneStatus.${status}`),
              }))}
            />
            {date(index, 'startedOn', milestone.startedOn)}
            {date(index, 'doneOn', milestone.doneOn)}
          </fieldset>
        ))}
      </div>
    </Fieldset>
  );
}
