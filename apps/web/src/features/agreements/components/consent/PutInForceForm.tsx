import { AgreementVersionInForceSchema, type AgreementVersion, type AgreementVersionInForce } from '@leerkring/domain';
import { Alert, Button, Fieldset, Heading3, Paragraph, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { isApiProblem } from '../../../../lib/api-client';
import { fieldErrorsOf } from '../../../../lib/form-errors';
import { useLanguage } from '../../../../lib/use-language';
import { usePutVersionInForce } from '../../api/consent-mutations';

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
  const [as, setAs] = useState<As>(options[0]!);
  const [reviewDate, setReviewDate] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [checked, setChecked] = useState<Record<string, string>>({});
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
  const errors = { ...fieldErrorsOf(save.error), ...checked };
  const conflict = isApiProblem(save.error) && save.error.status === 409 ? save.error : null;
  const adopting = version.status === 'beta';
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="in-force-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = AgreementVersionInForceSchema.safeParse({ as, reviewDate, ...(validFrom ? { validFrom } : {}) });
        if (!parsed.success) {
          save.reset();
          const next: Record<string, string> = {};
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? 'as');
            next[field] ??=
              field === 'reviewDate' && !reviewDate
                ? t('consent.inForce.reviewDateRequired')
                : t('consent.inForce.invalidDate');
          }
          setChecked(next);
          document.getElementById(next.reviewDate ? 'in-force-review-date' : 'in-force-valid-from')?.focus();
          return;
        }
        setChecked({});
        save.mutate(parsed.data);
      }}
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
      <Fieldset id="in-force-as" legend={t('consent.inForce.asLegend')} error={errors.as}>
        {options.map((option) => (
          <div key={option} className="lk-checkbox-row">
            <input
              id={`in-force-as-${option}`}
              type="radio"
              name="in-force-as"
              value={option}
              checked={as === option}
              onChange={() => setAs(option)}
            />
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
        value={reviewDate}
        onChange={(event) => setReviewDate(event.target.value)}
        error={errors.reviewDate}
        required
      />
      <TextField
        id="in-force-valid-from"
        type="date"
        label={t('consent.inForce.validFrom')}
        description={t('consent.inForce.validFromHint')}
        value={validFrom}
        onChange={(event) => setValidFrom(event.target.value)}
        error={errors.validFrom}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t(adopting ? 'consent.inForce.adoptSubmit' : 'consent.inForce.submit')}
      </Button>
    </form>
  );
}
