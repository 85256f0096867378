import { caseFields } from '@leerkring/domain';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import type { changedDecisions } from '../guideline-draft';

/** The decisions this version changes against the one it starts from. */
export function GuidelineChanges({ changes }: { changes: ReturnType<typeof changedDecisions> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="guideline-changes-heading">
      <Heading2 id="guideline-changes-heading">{t('guidelines.form.changesHeading')}</Heading2>
      {changes.length === 0 ? (
        <Paragraph>{t('guidelines.form.noChanges')}</Paragraph>
      ) : (
        <UnorderedList>
          {changes.map((change) => (
            <UnorderedListItem key={change.field}>
              {t('guidelines.form.change', {
                field: termLabel(caseFields, change.field, language),
                from: t(`guidelines.decisions.${change.from}`),
                to: t(`guidelines.decisions.${change.to}`),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
