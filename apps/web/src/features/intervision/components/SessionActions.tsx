import { type IntervisionAction, type IntervisionSession } from '@leerkring/domain';
import { Button, ButtonGroup, Heading3, Paragraph, SelectField, TextAreaField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useCanIn } from '../../../lib/auth/use-context-permission';
import { useMe } from '../../../lib/auth/use-session';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { useLanguage } from '../../../lib/use-language';
import { useCreateSessionAction, useUpdateSessionAction } from '../api/session-mutations';
import { actionFormSchema } from '../session-forms';

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
  const { register, handleSubmit, formState, reset } = useSchemaForm(actionFormSchema, {
    what: '',
    ownerId: '',
    dueDate: '',
  });
  const save = useCreateSessionAction(session.id);
  const errorAt = fieldErrorsAt(formState.errors, save.error, { what: { too_small: t('form.errors.required') } });
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby="new-action"
      onSubmit={(event) => void handleSubmit((action) => save.mutate(action, { onSuccess: () => reset() }))(event)}
    >
      <Heading3 id="new-action">{t('sessions.newAction')}</Heading3>
      <FormProblem error={save.error} fields={['what', 'ownerId', 'dueDate']} />
      <TextAreaField
        id="action-what"
        label={t('sessions.actionWhat')}
        {...register('what')}
        error={errorAt('what')}
        required
        rows={2}
      />
      <SelectField
        id="action-owner"
        label={t('sessions.actionOwner')}
        {...register('ownerId')}
        error={errorAt('ownerId')}
        options={[
          { value: '', label: t('sessions.noOwner') },
          ...session.roles.map((entry) => ({ value: entry.person.id, label: entry.person.name })),
        ]}
      />
      <TextField
        id="action-due"
        type="date"
        label={t('sessions.actionDue')}
        {...register('dueDate')}
        error={errorAt('dueDate')}
        required
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('sessions.addAction')}
      </Button>
    </form>
  );
}
