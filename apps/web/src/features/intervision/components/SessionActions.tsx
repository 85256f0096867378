import { type IntervisionAction, type IntervisionSession } from '@leerkring/domain';
import { Button, ButtonGroup, Heading3, Paragraph, SelectField, TextAreaField, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useCanIn } from '../../../lib/auth/use-context-permission';
import { useMe } from '../../../lib/auth/use-session';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useCreateSessionAction, useUpdateSessionAction } from '../api/session-mutations';

/**
 * Agreed actions, with buttons to mark an open one done or carried on for its owner and whoever plans the sessions
 * (a bouwteam's leads, a learning group's coordinator).
 */
export function ActionList({
  actions,
  context,
  sessionId,
}: {
  actions: readonly IntervisionAction[];
  context: IntervisionSession['context'];
  sessionId: string;
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const me = useMe();
  const mayManage = useCanIn(context.type === 'building-team' ? 'session:write' : 'group-session:write', {
    type: context.type,
    id: context.id,
  });
  const update = useUpdateSessionAction(sessionId);
  return (
    <>
      <ul className="lk-actions-list">
        {actions.map((action) => (
          <li key={action.id} className="lk-card">
            <Paragraph>{action.what}</Paragraph>
            <Paragraph className="lk-byline">
              {t('sessions.actionMeta', {
                owner: action.owner?.name ?? t('sessions.noOwner'),
                status: t(`sessions.actionStatus.${action.status}`),
              })}{' '}
              <time dateTime={action.dueDate}>{formatDate(action.dueDate)}</time>
            </Paragraph>
            {action.status === 'open' && (mayManage || action.owner?.id === me?.person.id) ? (
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={update.isPending}
                  aria-label={t('sessions.markDoneFor', { what: action.what })}
                  onClick={() => update.mutate({ id: action.id, status: 'done' })}
                >
                  {t('sessions.markDone')}
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={update.isPending}
                  aria-label={t('sessions.markCarriedOnFor', { what: action.what })}
                  onClick={() => update.mutate({ id: action.id, status: 'carried-on' })}
                >
                  {t('sessions.markCarriedOn')}
                </Button>
              </ButtonGroup>
            ) : null}
          </li>
        ))}
      </ul>
      {update.error ? <FormProblem error={update.error} fields={[]} /> : null}
    </>
  );
}

/** A form to record a new action. */
export function NewAction({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const [what, setWhat] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const save = useCreateSessionAction(session.id);
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="new-action"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { what, dueDate, ...(ownerId ? { ownerId } : {}) },
          {
            onSuccess: () => {
              setWhat('');
              setOwnerId('');
              setDueDate('');
            },
          },
        );
      }}
    >
      <Heading3 id="new-action">{t('sessions.newAction')}</Heading3>
      <FormProblem error={save.error} fields={['what', 'ownerId', 'dueDate']} />
      <TextAreaField
        id="action-what"
        label={t('sessions.actionWhat')}
        value={what}
        onChange={(event) => setWhat(event.target.value)}
        error={errors.what}
        required
        rows={2}
      />
      <SelectField
        id="action-owner"
        label={t('sessions.actionOwner')}
        value={ownerId}
        onChange={(event) => setOwnerId(event.target.value)}
        error={errors.ownerId}
        options={[
          { value: '', label: t('sessions.noOwner') },
          ...session.roles.map((entry) => ({ value: entry.person.id, label: entry.person.name })),
        ]}
      />
      <TextField
        id="action-due"
        type="date"
        label={t('sessions.actionDue')}
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={errors.dueDate}
        required
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('sessions.addAction')}
      </Button>
    </form>
  );
}
