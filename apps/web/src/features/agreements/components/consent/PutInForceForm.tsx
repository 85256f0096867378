import type { AgreementVersion, AgreementVersionInForce } from '@leerkring/domain';
import { Alert, Button, Fieldset, Heading3, Paragraph, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { isApiProblem } from '../../../../lib/api-client';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { useLanguage } from '../../../../lib/use-language';
import { usePutVersionInForce } from '../../api/consent-mutations';
import { inForceFormSchema } from './consent-forms';

type As = AgreementVersionInForce['as'];
const fields = ['as', 'reviewDate', 'validFrom'] as const;

/**
 * A facilitator or coordinator puts a decided proposal in force, as bèta (on trial) or adopted, with a review date;
 * a bèta is adopted the same way. The version in force until then is superseded by the API in the same step.
 */
export function PutInForceForm({
  ids,
  version,
  options,
  onDone,
}: {
  ids: { agreementId: string; versionId: string };
  version: AgreementVersion;
  /** What it may be put in force as now (the domain's `inForceOptions`); not empty. */
  options: readonly As[];
  /** Told what was done, in words, once the version is in force (this form then goes or changes). */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const { register, handleSubmit, formState } = useSchemaForm(inForceFormSchema, {
    as: options[0]!,
    reviewDate: '',
    validFrom: '',
  });
  const save = usePutVersionInForce(ids, {
    onSuccess: (stored) =>
      onDone(
        t('consent.inForce.done', {
          number: stored.number,
          status: t(`consent.inForce.as.${stored.status === 'adopted' ? 'adopted' : 'beta'}`),
          date: stored.reviewDate ? formatDate(stored.reviewDate) : '—',
        }),
      ),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    reviewDate: {
      invalid_type: t('consent.inForce.reviewDateRequired'),
      invalid_format: t('consent.inForce.invalidDate'),
    },
    validFrom: { invalid_format: t('consent.inForce.invalidDate') },
  });
  const conflict = isApiProblem(save.error) && save.error.status === 409 ? save.error : null;
  const adopting = version.status === 'beta';
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="in-force-heading"
      onSubmit={(event) => void handleSubmit((body) => save.mutate(body))(event)}
    >
      <Heading3 id="in-force-heading">
        {t(adopting ? 'consent.inForce.adoptHeading' : 'consent.inForce.heading', { number: version.number })}
      </Heading3>
      <Paragraph>{t(adopting ? 'consent.inForce.adoptLead' : 'consent.inForce.lead')}</Paragraph>
      {conflict ? (
        <Alert type="error">
          <Paragraph>
            <strong>{t('consent.inForce.conflict')}</strong>
          </Paragraph>
          {conflict.problem.detail ? <Paragraph>{conflict.problem.detail}</Paragraph> : null}
        </Alert>
      ) : (
        <FormProblem error={save.error} fields={fields} />
      )}
      <Fieldset id="in-force-as" legend={t('consent.inForce.asLegend')} error={errorAt('as')}>
        {options.map((option) => (
          <div key={option} className="lk-checkbox-row">
            <input id={`in-force-as-${option}`} type="radio" value={option} {...register('as')} />
            <label htmlFor={`in-force-as-${option}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {t(`consent.inForce.as.${option}`)}
            </label>
          </div>
        ))}
      </Fieldset>
      <TextField
        id="in-force-review-date"
        type="date"
        label={t('consent.inForce.reviewDate')}
        description={t('consent.inForce.reviewDateHint')}
        {...register('reviewDate')}
        error={errorAt('reviewDate')}
        required
      />
      <TextField
        id="in-force-valid-from"
        type="date"
        label={t('consent.inForce.validFrom')}
        description={t('consent.inForce.validFromHint')}
        {...register('validFrom')}
        error={errorAt('validFrom')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t(adopting ? 'consent.inForce.adoptSubmit' : 'consent.inForce.submit')}
      </Button>
    </form>
  );
}
