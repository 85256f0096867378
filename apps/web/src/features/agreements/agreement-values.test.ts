import { describe, expect, it } from 'vitest';
import {
  agreementUpdateOf,
  decisionRuleOf,
  defaultRuleDraft,
  ruleChanged,
  ruleDraftOf,
  type AgreementValues,
} from './agreement-values';

describe('the decision rule fields → the rule sent', () => {
  it('sends the share as the percentage divided by 100', () => {
    expect(decisionRuleOf(defaultRuleDraft)).toEqual({
      ok: true,
      rule: { kind: 'no-objection-and-share', share: 0.67 },
    });
    expect(decisionRuleOf({ kind: 'qualified-majority', percentage: '75' })).toEqual({
      ok: true,
      rule: { kind: 'qualified-majority', share: 0.75 },
    });
    expect(decisionRuleOf({ kind: 'qualified-majority', percentage: ' 66,7 ' })).toEqual({
      ok: true,
      rule: { kind: 'qualified-majority', share: 0.667 },
    });
    expect(decisionRuleOf({ kind: 'no-objection-and-share', percentage: '100' })).toEqual({
      ok: true,
      rule: { kind: 'no-objection-and-share', share: 1 },
    });
  });

  it('sends no share with the unanimity rule, whatever was typed', () => {
    expect(decisionRuleOf({ kind: 'unanimity-of-participants', percentage: 'veel' })).toEqual({
      ok: true,
      rule: { kind: 'unanimity-of-participants' },
    });
  });

  it('sends nothing for a share that is empty, no number, 0 or below, or above 100', () => {
    for (const percentage of ['', '  ', 'twee derde', '0', '-5', '0.001', '100.5', '150']) {
      expect(decisionRuleOf({ kind: 'qualified-majority', percentage }), percentage).toEqual({
        ok: false,
        problem: 'share',
      });
    }
  });

  it('shows a stored rule as a percentage, 2/3 as 66.7', () => {
    expect(ruleDraftOf({ kind: 'qualified-majority', share: 2 / 3 })).toEqual({
      kind: 'qualified-majority',
      percentage: '66.7',
    });
    expect(ruleDraftOf({ kind: 'no-objection-and-share', share: 0.6 })).toEqual({
      kind: 'no-objection-and-share',
      percentage: '60',
    });
    expect(ruleDraftOf({ kind: 'unanimity-of-participants' })).toEqual({
      kind: 'unanimity-of-participants',
      percentage: '67',
    });
  });

  it('counts a rule as changed when its kind or (for a kind with a share) its percentage changed', () => {
    const stored = ruleDraftOf({ kind: 'qualified-majority', share: 2 / 3 });
    expect(ruleChanged({ draft: stored, initial: stored })).toBe(false);
    expect(ruleChanged({ draft: { ...stored, percentage: '66,7' }, initial: stored })).toBe(false);
    expect(ruleChanged({ draft: { ...stored, percentage: '70' }, initial: stored })).toBe(true);
    expect(ruleChanged({ draft: { ...stored, kind: 'no-objection-and-share' }, initial: stored })).toBe(true);
    const unanimity = ruleDraftOf({ kind: 'unanimity-of-participants' });
    expect(ruleChanged({ draft: { ...unanimity, percentage: '80' }, initial: unanimity })).toBe(false);
  });
});

describe('changing an agreement: only what changed is sent', () => {
  const agreement = {
    title: 'Samenwerkingsafspraken bouwteam',
    scope: 'Jeugd en Wmo',
    decisionRule: { kind: 'qualified-majority', share: 2 / 3 },
  } as const;
  const values = (change: Partial<AgreementValues> = {}): AgreementValues => ({
    title: agreement.title,
    scope: agreement.scope,
    rule: ruleDraftOf(agreement.decisionRule),
    changelog: '',
    ...change,
  });
  const ruleOf = (draft: AgreementValues) => {
    const result = decisionRuleOf(draft.rule);
    if (!result.ok) throw new Error('invalid share');
    return result.rule;
  };

  it('sends nothing when nothing changed, so a stored 2/3 is not rounded to 0.667', () => {
    const unchanged = values();
    expect(agreementUpdateOf({ agreement, values: unchanged, rule: ruleOf(unchanged) })).toEqual({});
  });

  it('sends a changed title or scope without the rule (which the API refuses during a consent round)', () => {
    const changed = values({ title: 'Afspraken bouwteam', scope: '' });
    expect(agreementUpdateOf({ agreement, values: changed, rule: ruleOf(changed) })).toEqual({
      title: 'Afspraken bouwteam',
      scope: '',
    });
  });

  it('sends a changed rule', () => {
    const changed = values({ rule: { kind: 'unanimity-of-participants', percentage: '66.7' } });
    expect(agreementUpdateOf({ agreement, values: changed, rule: ruleOf(changed) })).toEqual({
      decisionRule: { kind: 'unanimity-of-participants' },
    });
  });
});
