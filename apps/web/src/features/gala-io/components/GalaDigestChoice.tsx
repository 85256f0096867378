import { Alert, CheckboxField, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/QueryProblem';
import { myGalaDigestQueryOptions } from '../api/gala-io-queries';
import { useSaveGalaDigest } from '../api/gala-io-mutations';

/** Opt in to or out of the daily e-mail with the GALA alerts; saved at once. */
export function GalaDigestChoice() {
  const { t } = useTranslation();
  const query = useQuery(myGalaDigestQueryOptions());
  const save = useSaveGalaDigest();
  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <QueryProblem error={query.error} />;
  const digest = query.data;
  return (
    <>
      <CheckboxField
        id="gala-digest"
        label={t('galaIo.digest.label')}
        description={t('galaIo.digest.description')}
        checked={digest.subscribed}
        disabled={save.isPending}
        onChange={(event) => save.mutate(event.currentTarget.checked)}
      />
      {!digest.mailEnabled && (
        <Alert type="info">
          <Paragraph>{t('galaIo.digest.mailOff')}</Paragraph>
        </Alert>
      )}
      <FormProblem error={save.error} fields={[]} />
    </>
  );
}
