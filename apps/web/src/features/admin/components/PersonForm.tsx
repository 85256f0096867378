import type { Person } from '@leerkring/domain';
import { Alert, Button, CheckboxField, Heading2, Paragraph, ProblemAlert, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useCreatePasswordResetLink, useSavePerson } from '../api/admin-mutations';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { problemOf } from '../../../lib/api-client';
import { emailMessages, fieldErrorsAt, nameMessages, useSchemaForm } from '../../../lib/form';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { organisationOptions } from '../../../lib/queries/pickers';
import { PickerField } from '../../../components/PickerField';
import { personFormSchema } from '../person-form';

export const personFields = ['name', 'email', 'organisationId', 'isAdmin', 'active'] as const;

export function PersonForm({ person }: { person?: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, control, handleSubmit, formState } = useSchemaForm(personFormSchema, {
    name: person?.name ?? '',
    email: person?.email ?? '',
    organisation: person?.organisation ?? null,
    isAdmin: person?.isAdmin ?? false,
    active: person?.active ?? true,
  });
  const save = useSavePerson(person, {
    onSuccess: (saved) =>
      navigate(`/beheer/personen?zoek=${encodeURIComponent(saved.email)}&opgeslagen=${encodeURIComponent(saved.name)}`),
  });
  const errorAt = fieldErrorsAt(formState.errors, save.error, { name: nameMessages(t), email: emailMessages(t) });
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) =>
        void handleSubmit(({ organisation, ...person }) => save.mutate({ ...person, organisationId: organisation }))(
          event,
        )
      }
    >
      <FormProblem error={save.error} fields={personFields} />
      <TextField
        id="person-name"
        label={t('admin.people.name')}
        {...register('name')}
        error={errorAt('name')}
        required
        autoComplete="off"
      />
      <TextField
        id="person-email"
        type="email"
        label={t('admin.people.email')}
        {...register('email')}
        error={errorAt('email')}
        required
        autoComplete="off"
      />
      <PickerField
        control={control}
        name="organisation"
        id="person-organisation"
        label={t('admin.people.organisation')}
        optionsQuery={organisationOptions}
        error={errorAt('organisation', 'organisationId')}
      />
      <CheckboxField
        id="person-admin"
        label={t('admin.people.isAdminLabel')}
        {...register('isAdmin')}
        error={errorAt('isAdmin')}
      />
      {person ? (
        <CheckboxField
          id="person-active"
          label={t('admin.people.activeLabel')}
          description={t('admin.people.activeDescription')}
          {...register('active')}
          error={errorAt('active')}
        />
      ) : null}
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

/** Administrators never set a password: they send a one-time link; without a mail server it is shown here, once. */
export function SendResetLink({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const send = useCreatePasswordResetLink(person.id);
  const expires = send.data ? formatDateTime({ timestamp: send.data.expiresAt, language }) : '';
  return (
    <section aria-labelledby="reset-link-heading" className="lk-form">
      <Heading2 id="reset-link-heading">{t('admin.people.resetHeading')}</Heading2>
      <Paragraph>{t('admin.people.resetLead')}</Paragraph>
      {send.isError ? <ProblemAlert title={problemOf(send.error).title} detail={problemOf(send.error).detail} /> : null}
      {send.data?.sentTo ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.people.resetSent', { email: send.data.sentTo, expires })}</Paragraph>
        </Alert>
      ) : send.data?.link ? (
        <Alert type="warning" role="status">
          <Paragraph>{t('admin.people.resetShownOnce', { expires })}</Paragraph>
          <Paragraph>
            <code className="lk-reset-link" aria-label={t('admin.people.resetLinkLabel')}>
              {send.data.link}
            </code>
          </Paragraph>
        </Alert>
      ) : null}
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={send.isPending}
        onClick={() => send.mutate()}
      >
        {t('admin.people.resetSubmit')}
      </Button>
    </section>
  );
}
