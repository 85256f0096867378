import {
  AgreementCreateSchema,
  AgreementDiffQuerySchema,
  DecisionRuleSchema,
  type Agreement,
  type AgreementUpdate,
  type DecisionRule,
} from '@leerkring/domain';
import { z } from 'zod';

export type DecisionRuleKind = DecisionRule['kind'];

/** The three decision rules, in the order the domain defines them. */
export const decisionRuleKinds: readonly DecisionRuleKind[] = DecisionRuleSchema.options.map(
  (option) => option.shape.kind.value,
);

/** The kinds that need a share of the partner organisations. */
export const needsShare = (kind: DecisionRuleKind): kind is Exclude<DecisionRuleKind, 'unanimity-of-participants'> =>
  kind !== 'unanimity-of-participants';

/** The decision rule as the form holds it: the kind, and the share as the percentage typed (kept even when the kind needs none). */
export interface RuleDraft {
  kind: DecisionRuleKind;
  percentage: string;
}

/** A new agreement: no open objection and at least 67 % of the partner organisations. */
export const defaultRuleDraft: RuleDraft = { kind: 'no-objection-and-share', percentage: '67' };

/** The form's values for a stored rule: its share as a percentage to one decimal (2/3 shows as 66.7). */
export function ruleDraftOf(rule: DecisionRule): RuleDraft {
  return {
    kind: rule.kind,
    percentage:
      needsShare(rule.kind) && 'share' in rule
        ? String(Math.round(rule.share * 1000) / 10)
        : defaultRuleDraft.percentage,
  };
}

/** Whether the form's rule differs from the one it started with (a share typed for the unanimity rule does not count). */
export function ruleChanged({ draft, initial }: { draft: RuleDraft; initial: RuleDraft }): boolean {
  if (draft.kind !== initial.kind) return true;
  return (
    needsShare(draft.kind) &&
    Number(draft.percentage.replace(',', '.')) !== Number(initial.percentage.replace(',', '.'))
  );
}

/**
 * The rule to send: the share is the percentage divided by 100 (67 → 0.67, a comma read as a decimal point). A share
 * the domain's schema refuses (not above 0 and at most 1) is not sent; the form says so at the field.
 */
export function decisionRuleOf(draft: RuleDraft): { ok: true; rule: DecisionRule } | { ok: false; problem: 'share' } {
  const text = draft.percentage.trim().replace(',', '.');
  const share = text === '' ? Number.NaN : Math.round(Number(text) * 100) / 10_000;
  const parsed = DecisionRuleSchema.safeParse(
    needsShare(draft.kind) ? { kind: draft.kind, share } : { kind: draft.kind },
  );
  return parsed.success ? { ok: true, rule: parsed.data } : { ok: false, problem: 'share' };
}

/** What the agreement form holds. */
export interface AgreementValues {
  title: string;
  scope: string;
  rule: RuleDraft;
  changelog: string;
}

/** Only what changed is sent: a title changed during a consent round goes through, a rule does not (409). */
export function agreementUpdateOf({
  agreement,
  values,
  rule,
}: {
  agreement: Pick<Agreement, 'title' | 'scope' | 'decisionRule'>;
  values: AgreementValues;
  rule: DecisionRule;
}): AgreementUpdate {
  return {
    ...(values.title !== agreement.title ? { title: values.title } : {}),
    ...(values.scope !== agreement.scope ? { scope: values.scope } : {}),
    ...(ruleChanged({ draft: values.rule, initial: ruleDraftOf(agreement.decisionRule) })
      ? { decisionRule: rule }
      : {}),
  };
}

/**
 * The agreement form: the domain's rules for the title, scope and note, and the rule as typed — its share must make a
 * rule the domain accepts (else a `custom` issue at the percentage).
 */
export const agreementFormSchema = z.object({
  title: AgreementCreateSchema.shape.title,
  scope: AgreementCreateSchema.shape.scope.unwrap(),
  changelog: AgreementCreateSchema.shape.changelog.unwrap(),
  rule: z
    .object({ kind: z.enum(decisionRuleKinds as [DecisionRuleKind, ...DecisionRuleKind[]]), percentage: z.string() })
    .superRefine((draft, context) => {
      if (!decisionRuleOf(draft).ok)
        context.addIssue({ code: 'custom', path: ['percentage'], input: draft.percentage });
    }),
});

/** Two versions to compare, as chosen (none chosen is ''): each the domain's rule for a version to compare with. */
export const compareFormSchema = z.object({
  from: z.string().pipe(AgreementDiffQuerySchema.shape.against),
  to: z.string().pipe(AgreementDiffQuerySchema.shape.against),
});
