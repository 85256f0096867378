import {
  ConsentCreateSchema,
  ConsentStanceSchema,
  findIdentifiers,
  type Consent,
  type ConsentCreate,
  type ConsentRound,
} from '@leerkring/domain';
import { Button, Fieldset, Heading3, Paragraph, TextAreaField } from '@leerkring/ui';
import type { TFunction } from 'i18next';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsOf } from '../../../../lib/form-errors';
import { formatDateTime } from '../../../../lib/formatting';
import { useLanguage } from '../../../../lib/use-language';
import { IdentifierFindings, findingsId } from '../../../../components/IdentifierFindings';
import { useGiveConsent } from '../../api/consent-mutations';
import { voterKey } from './consent-voters';

type Stance = ConsentCreate['stance'];
const stances = ConsentStanceSchema.options;
const fields = ['stance', 'reason'] as const;

/** The reasons the domain's schema gives for a stance, per field, in the language in use. */
function checkedStance(
  body: { stance: Stance | ''; reason: string },
  t: TFunction,
): { ok: true; body: ConsentCreate } | { ok: false; errors: Record<string, string> } {
  if (body.stance === '') return { ok: false, errors: { stance: t('consent.form.stanceRequired') } };
  const parsed = ConsentCreateSchema.safeParse({
    stance: body.stance,
    ...(body.reason.trim() ? { reason: body.reason } : {}),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'stance');
    errors[field] ??= field === 'reason' && body.stance === 'object' ? t('consent.form.reasonRequired') : issue.message;
  }
  return { ok: false, errors };
}

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
  const [stance, setStance] = useState<Stance | ''>(mine?.stance ?? '');
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const deferred = useDeferredValue(reason);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const save = useGiveConsent(ids);
  const errors = { ...fieldErrorsOf(save.error), ...checked };
  const reasonId = 'consent-reason';
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="consent-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const result = checkedStance({ stance, reason }, t);
        if (!result.ok) {
          save.reset();
          setChecked(result.errors);
          document.getElementById(result.errors.stance ? `consent-stance-${stances[0]}` : reasonId)?.focus();
          return;
        }
        setChecked({});
        save.mutate(result.body);
      }}
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
      <Fieldset id="consent-stance" legend={t('consent.form.stanceLegend')} error={errors.stance}>
        {stances.map((option) => (
          <div key={option} className="lk-checkbox-row">
            <input
              id={`consent-stance-${option}`}
              type="radio"
              name="consent-stance"
              value={option}
              checked={stance === option}
              onChange={() => setStance(option)}
            />
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
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
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
