import { ConsentStanceSchema, findIdentifiers, type Consent, type ConsentRound } from '@leerkring/domain';
import { Button, Fieldset, Heading3, Paragraph, TextAreaField } from '@leerkring/ui';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { formatDateTime } from '../../../../lib/formatting';
import { useLanguage } from '../../../../lib/use-language';
import { IdentifierFindings, findingsId } from '../../../../components/IdentifierFindings';
import { useGiveConsent } from '../../api/consent-mutations';
import { stanceFormSchema } from './consent-forms';
import { voterKey } from './consent-voters';

const stances = ConsentStanceSchema.options;
const fields = ['stance', 'reason'] as const;

/**
 * A partner gives (or changes) their organisation's stance while the round is open. An objection needs a reason,
 * which every member reads; it passes the privacy guard like any free text.
 */
export function StanceForm({
  ids,
  mine,
  organisationName,
  votesBy = 'organisation',
}: {
  ids: { agreementId: string; versionId: string };
  mine: Consent | undefined;
  organisationName: string;
  votesBy?: ConsentRound['votesBy'];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { register, handleSubmit, formState, watch } = useSchemaForm(stanceFormSchema, {
    stance: mine?.stance ?? '',
    reason: mine?.reason ?? '',
  });
  const stance = watch('stance');
  const reason = watch('reason');
  const deferred = useDeferredValue(reason);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const save = useGiveConsent(ids);
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    stance: { invalid_value: t('consent.form.stanceRequired') },
    reason: { custom: t('consent.form.reasonRequired') },
  });
  const reasonId = 'consent-reason';
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="consent-form-heading"
      onSubmit={(event) => void handleSubmit((body) => save.mutate(body))(event)}
    >
      <Heading3 id="consent-form-heading">
        {t(voterKey(votesBy, 'form.heading'), { organisation: organisationName })}
      </Heading3>
      <Paragraph>
        {mine
          ? t(voterKey(votesBy, 'form.current'), {
              stance: t(`consent.stance.${mine.stance}`),
              when: formatDateTime({ timestamp: mine.givenAt, language }),
            })
          : t(voterKey(votesBy, 'form.noneYet'))}
      </Paragraph>
      <FormProblem error={save.error} fields={fields} />
      <Fieldset id="consent-stance" legend={t('consent.form.stanceLegend')} error={errorAt('stance')}>
        {stances.map((option) => (
          <div key={option} className="lk-checkbox-row">
            <input id={`consent-stance-${option}`} type="radio" value={option} {...register('stance')} />
            <label htmlFor={`consent-stance-${option}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {t(`consent.choice.${option}`)} <span className="lk-hint">({t(`consent.choiceHint.${option}`)})</span>
            </label>
          </div>
        ))}
      </Fieldset>
      <TextAreaField
        id={reasonId}
        label={stance === 'object' ? t('consent.form.reasonForObjection') : t('consent.form.reason')}
        description={t('consent.form.reasonHint')}
        {...register('reason')}
        error={errorAt('reason')}
        required={stance === 'object'}
        rows={3}
        aria-invalid={findings.length > 0 ? true : undefined}
        extraDescribedBy={findings.length > 0 ? findingsId(reasonId) : undefined}
        after={<IdentifierFindings id={findingsId(reasonId)} fieldId={reasonId} text={reason} findings={findings} />}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending || findings.length > 0}>
        {mine ? t('consent.form.change') : t('consent.form.give')}
      </Button>
      {save.isSuccess ? (
        <p role="status">
          {t(voterKey(votesBy, 'form.saved'), { stance: t(`consent.stance.${save.variables.stance}`) })}
        </p>
      ) : null}
    </form>
  );
}
