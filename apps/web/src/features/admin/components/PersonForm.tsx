import type { Person } from '@leerkring/domain';
import { Alert, Button, CheckboxField, Heading2, Paragraph, ProblemAlert, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePasswordResetLink, useSavePerson } from '../api/admin-mutations';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { problemOf } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { organisationOptions } from '../../../lib/queries/pickers';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';

export const personFields = ['name', 'email', 'organisationId', 'isAdmin', 'active'] as const;

export function PersonForm({ person }: { person?: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [organisation, setOrganisation] = useState<PickerOption | null>(person?.organisation ?? null);
  const [isAdmin, setIsAdmin] = useState(person?.isAdmin ?? false);
  const [active, setActive] = useState(person?.active ?? true);
  const save = useSavePerson(person, {
    onSuccess: (saved) =>
      navigate(`/beheer/personen?zoek=${encodeURIComponent(saved.email)}&opgeslagen=${encodeURIComponent(saved.name)}`),
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ name, email, organisationId: organisation?.id ?? '', isAdmin, active });
      }}
    >
      <FormProblem error={save.error} fields={personFields} />
      <TextField
        id="person-name"
        label={t('admin.people.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        required
        autoComplete="off"
      />
      <TextField
        id="person-email"
        type="email"
        label={t('admin.people.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        required
        autoComplete="off"
      />
      <SearchPicker
        id="person-organisation"
        label={t('admin.people.organisation')}
        value={organisation}
        onChange={setOrganisation}
        optionsQuery={organisationOptions}
        error={errors.organisationId}
      />
      <CheckboxField
        id="person-admin"
        label={t('admin.people.isAdminLabel')}
        checked={isAdmin}
        onChange={(event) => setIsAdmin(event.target.checked)}
        error={errors.isAdmin}
      />
      {person ? (
        <CheckboxField
          id="person-active"
          label={t('admin.people.activeLabel')}
          description={t('admin.people.activeDescription')}
          checked={active}
          onChange={(event) => setActive(event.target.checked)}
          error={errors.active}
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
