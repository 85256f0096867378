import { Alert, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** After saving, the list says so (`?opgeslagen=<name>`). */
export function SavedMessage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get('opgeslagen');
  if (!saved) return null;
  return (
    <Alert type="ok">
      <Paragraph>{t('common.saved', { name: saved })}</Paragraph>
    </Alert>
  );
}
