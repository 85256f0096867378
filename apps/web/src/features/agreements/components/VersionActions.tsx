import {
  calendarDateAt,
  canTransition,
  isEditable,
  statusChangePermission,
  type Agreement,
  type AgreementVersion,
} from '@leerkring/domain';
import { Heading2, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { FormProblem } from '../../../components/FormProblem';
import { TextLink } from '../../../components/TextLink';
import { isApiProblem } from '../../../lib/api-client';
import { useChangeVersionStatus } from '../api/agreement-mutations';
import { comparePath, editPath, exportUrls, printPath } from '../paths';
import { useCanInAgreementContext, useMayTakeBackProposal } from '../use-agreement-access';

/** Edit, compare, print and export; propose, take back to concept or withdraw, as far as the person may. */
export function VersionActions({
  agreement,
  version,
  againstId,
}: {
  agreement: Agreement;
  version: AgreementVersion;
  againstId: string | null;
}) {
  const { t } = useTranslation();
  const mayWrite = useCanInAgreementContext('agreement:write', agreement.context);
  const mayPutInForce = useCanInAgreementContext('agreement:put-in-force', agreement.context);
  const change = useChangeVersionStatus(agreement.id, version.id);
  const exports = exportUrls(agreement.id, version.id);
  const mayTakeBack = useMayTakeBackProposal(agreement.context, version.proposedById);
  const mayChangeStatus = mayWrite && (statusChangePermission(version.status) === 'agreement:write' || mayPutInForce);
  // A proposal goes back or is withdrawn only by its proposer, a facilitator or an administrator.
  const may = (status: 'proposed' | 'concept' | 'withdrawn') =>
    mayChangeStatus &&
    canTransition({ from: version.status, to: status }) &&
    (version.status !== 'proposed' || mayTakeBack);
  const [deadline, setDeadline] = useState('');
  const deadlineError = isApiProblem(change.error)
    ? change.error.problem.invalidParams?.find((param) => param.name === 'deadline')?.reason
    : undefined;
  const statusButtons = (
    [
      ['proposed', 'propose'],
      ['concept', 'backToConcept'],
      ['withdrawn', 'withdraw'],
    ] as const
  ).filter(([status]) => may(status));
  const proposing = statusButtons.some(([status]) => status === 'proposed');
  return (
    <section aria-labelledby="version-actions" className="lk-version-actions">
      <Heading2 id="version-actions" className="lk-visually-hidden">
        {t('common.actions')}
      </Heading2>
      <div className="lk-actions">
        {mayWrite && isEditable(version.status) ? (
          <TextLink to={editPath(agreement.id, version.id)}>{t('agreements.version.edit')}</TextLink>
        ) : null}
        <TextLink to={comparePath(agreement.id, version.id, againstId)}>{t('agreements.version.compare')}</TextLink>
        <TextLink to={printPath(agreement.id, version.id)}>{t('agreements.version.print')}</TextLink>
        <a className="utrecht-link utrecht-link--html-a" href={exports.markdown} download>
          {t('agreements.version.markdown')}
        </a>
        <a className="utrecht-link utrecht-link--html-a" href={exports.docx} download>
          {t('agreements.version.docx')}
        </a>
      </div>
      {proposing ? (
        <TextField
          id="consent-deadline"
          type="date"
          label={t('agreements.statusChange.deadline')}
          description={t('agreements.statusChange.deadlineDescription')}
          min={calendarDateAt(new Date())}
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          error={deadlineError}
        />
      ) : null}
      {statusButtons.length > 0 ? (
        <div className="lk-actions lk-status-actions">
          {statusButtons.map(([status, key]) => (
            <ConfirmButton
              key={status}
              label={t(`agreements.statusChange.${key}.label`)}
              question={t(`agreements.statusChange.${key}.question`, { number: version.number })}
              confirmLabel={t(`agreements.statusChange.${key}.confirm`)}
              busy={change.isPending}
              onConfirm={() =>
                change.mutate(status === 'proposed' ? { status, ...(deadline ? { deadline } : {}) } : status)
              }
            />
          ))}
        </div>
      ) : null}
      <FormProblem error={change.error} fields={['deadline']} />
      {change.isSuccess ? (
        <p role="status" className="lk-notice">
          {t('agreements.statusChange.done', {
            number: change.data.number,
            status: t(`agreements.status.${change.data.status}`),
          })}
        </p>
      ) : null}
    </section>
  );
}
