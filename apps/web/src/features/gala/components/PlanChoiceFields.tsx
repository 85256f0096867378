import { chainApproachStatuses, type ChainApproachStatus } from '@leerkring/domain';
import { CheckboxField, Fieldset, SelectField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { useTaxonomy } from '../api/use-taxonomy-labels';
import { planFieldId } from '../plan-draft';
import type { PlanEditor } from '../use-plan-editor';

/** The goals the plan works on (retired goals stay when the plan had them) and each chain approach's status. */
export function PlanChoiceFields({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const goals = useTaxonomy('goal');
  const approaches = useTaxonomy('chain-approach');
  const { draft, setDraft, refusals } = editor;
  const shown = <T extends { code: string; retiredAt: string | null }>(items: readonly T[], kept: readonly string[]) =>
    items.filter((item) => item.retiredAt === null || kept.includes(item.code));
  return (
    <>
      <Fieldset id={planFieldId('goals')} legend={t('gala.plan.goals')} error={refusals.reasons[planFieldId('goals')]}>
        <div className="lk-checkbox-list">
          {shown(goals.items, draft.goals).map((goal) => (
            <CheckboxField
              key={goal.code}
              id={`plan-goal-${goal.code}`}
              label={goal.label[language]}
              checked={draft.goals.includes(goal.code)}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  goals: event.target.checked
                    ? [...draft.goals, goal.code]
                    : draft.goals.filter((code) => code !== goal.code),
                })
              }
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset
        id={planFieldId('chainApproaches')}
        legend={t('gala.plan.chainApproaches')}
        error={refusals.reasons[planFieldId('chainApproaches')]}
      >
        {shown(approaches.items, Object.keys(draft.chainApproaches)).map((approach) => (
          <SelectField
            key={approach.code}
            id={`plan-approach-${approach.code}`}
            label={approach.label[language]}
            value={draft.chainApproaches[approach.code] ?? ''}
            onChange={(event) => {
              const next = { ...draft.chainApproaches };
              if (event.target.value === '') delete next[approach.code];
              else next[approach.code] = event.target.value as ChainApproachStatus;
              setDraft({ ...draft, chainApproaches: next });
            }}
            options={[
              { value: '', label: t('gala.approachNotInPlan') },
              ...chainApproachStatuses.map((status) => ({ value: status, label: t(`gala.approachStatus.${status}`) })),
            ]}
          />
        ))}
      </Fieldset>
    </>
  );
}
