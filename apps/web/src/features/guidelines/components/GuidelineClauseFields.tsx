import { caseFields } from '@leerkring/domain';
import { Fieldset } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import type { Finding } from '../../../components/IdentifierFindings';
import { fieldIds, rules, type ClauseDraft } from '../guideline-draft';
import { GuidelineTextField } from './GuidelineTextField';

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
        <GuidelineTextField
          findings={findings}
          errorOf={errorOf}
          settle={settle}
          id={fieldIds.purposeNl(field)}
          label={t('guidelines.form.purposeNl')}
          description={purposeHint}
          value={clause.purpose.nl}
          onChange={(nl) => onChange({ purpose: { ...clause.purpose, nl } })}
          required={recorded}
          multiline={true}
        />
        <GuidelineTextField
          findings={findings}
          errorOf={errorOf}
          settle={settle}
          id={fieldIds.purposeEn(field)}
          label={t('guidelines.form.purposeEn')}
          description={purposeHint}
          value={clause.purpose.en}
          onChange={(en) => onChange({ purpose: { ...clause.purpose, en } })}
          required={recorded}
          multiline={true}
        />
        <GuidelineTextField
          findings={findings}
          errorOf={errorOf}
          settle={settle}
          id={fieldIds.retention(field)}
          label={t('guidelines.form.retention')}
          description={t('guidelines.form.retentionHint')}
          value={clause.retention}
          onChange={(retention) => onChange({ retention })}
        />
      </Fieldset>
    </div>
  );
}
