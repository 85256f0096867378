import { caseFields, type RegistrationGuideline } from '@leerkring/domain';
import { Heading2, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';

/** The fields the guideline in force does not record, each with why not. */
export function NotRecordedList({ guideline }: { guideline: RegistrationGuideline }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notRecorded = guideline.clauses.filter((clause) => clause.rule === 'not-recorded');
  if (notRecorded.length === 0) return null;
  return (
    <>
      <Heading2>{t('cases.form.notRecordedHeading')}</Heading2>
      <UnorderedList>
        {notRecorded.map((clause) => (
          <UnorderedListItem key={clause.field}>
            <strong>{termLabel(caseFields, clause.field, language)}</strong>: {clause.purpose[language]}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
