import { caseFields } from '@leerkring/domain';
import { Fieldset } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import type { Finding } from '../../../components/IdentifierFindings';
import { fieldIds, rules, type ClauseDraft } from '../guideline-draft';
import { GuardedTextField } from '../../../components/GuardedTextField';

/** One case field's decision (required, optional, not recorded), why in Dutch and English, and how long it is kept. */
export function GuidelineClauseFields({
  clause,
  findings,
  errorOf,
  settle,
  onChange,
}: {
  clause: ClauseDraft;
  findings: Record<string, Finding[]>;
  errorOf: (id: string) => string | undefined;
  settle: (id: string) => void;
  onChange: (change: Partial<ClauseDraft>) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { field } = clause;
  const ruleId = fieldIds.rule(field);
  const recorded = clause.rule !== 'not-recorded';
  /** A guarded text of the clause: what the guard finds in it, what was refused, and the form's check settled on change. */
  const guarded = (id: string, value: string, change: (value: string) => void) => ({
    id,
    value,
    local: findings[id] ?? [],
    error: errorOf(id),
    onChange: (next: string) => {
      change(next);
      settle(id);
    },
  });
  const purposeHint = recorded ? t('guidelines.form.purposeHint') : t('guidelines.form.purposeHintNotRecorded');
  return (
    <div className="lk-guideline-clause">
      <Fieldset id={`guideline-${field}`} legend={termLabel(caseFields, field, language)}>
        <Fieldset id={ruleId} legend={t('guidelines.form.decision')} error={errorOf(ruleId)}>
          <div className="lk-choices">
            {rules.map((rule) => (
              <div key={rule} className="lk-checkbox-row">
                <input
                  id={`${ruleId}-${rule}`}
                  type="radio"
                  name={ruleId}
                  value={rule}
                  checked={clause.rule === rule}
                  onChange={() => {
                    onChange({ rule });
                    settle(ruleId);
                  }}
                />
                <label htmlFor={`${ruleId}-${rule}`} className="utrecht-form-label utrecht-form-label--checkbox">
                  {t(`guidelines.form.choices.${rule}`)}
                </label>
              </div>
            ))}
          </div>
        </Fieldset>
        <GuardedTextField
          {...guarded(fieldIds.purposeNl(field), clause.purpose.nl, (nl) =>
            onChange({ purpose: { ...clause.purpose, nl } }),
          )}
          label={t('guidelines.form.purposeNl')}
          description={purposeHint}
          required={recorded}
          multiline
          rows={2}
        />
        <GuardedTextField
          {...guarded(fieldIds.purposeEn(field), clause.purpose.en, (en) =>
            onChange({ purpose: { ...clause.purpose, en } }),
          )}
          label={t('guidelines.form.purposeEn')}
          description={purposeHint}
          required={recorded}
          multiline
          rows={2}
        />
        <GuardedTextField
          {...guarded(fieldIds.retention(field), clause.retention, (retention) => onChange({ retention }))}
          label={t('guidelines.form.retention')}
          description={t('guidelines.form.retentionHint')}
          maxLength={250}
        />
      </Fieldset>
    </div>
  );
}
