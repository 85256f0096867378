import { apiTokenDefaultDays, apiTokenMaxDays, apiTokenNameMaxLength, type ApiTokenCreated } from '@leerkring/domain';
import { Button, Heading3, SelectField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { useCreateApiToken } from '../api/profile-mutations';
import { tokenFormSchema } from '../token-form';

const expiryChoices = [30, apiTokenDefaultDays, 180, apiTokenMaxDays] as const;

/** Create a personal API token: a name, what it may do and how long it works; the created token goes to `onCreated`. */
export function NewApiTokenForm({ onCreated }: { onCreated: (created: ApiTokenCreated) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState, setValue } = useSchemaForm(tokenFormSchema, {
    name: '',
    scope: 'read',
    expiresInDays: String(apiTokenDefaultDays),
  });
  const create = useCreateApiToken({
    onSuccess: (token) => {
      onCreated(token);
      setValue('name', '');
    },
  });
  const errorAt = fieldErrorsAt(formState.errors, create.error, {
    name: {
      too_small: t('form.errors.tooShort', { count: 2 }),
      too_big: t('form.errors.tooLong', { count: apiTokenNameMaxLength }),
    },
  });
  return (
    <form
      onSubmit={(event) => void handleSubmit((token) => create.mutate(token))(event)}
      noValidate
      aria-labelledby="new-token-heading"
      className="lk-form"
    >
      <Heading3 id="new-token-heading">{t('profile.tokens.newHeading')}</Heading3>
      <FormProblem error={create.error} fields={['name', 'scope', 'expiresInDays']} />
      <TextField
        id="token-name"
        label={t('profile.tokens.nameLabel')}
        description={t('profile.tokens.nameDescription')}
        {...register('name')}
        error={errorAt('name')}
        autoComplete="off"
      />
      <SelectField
        id="token-scope"
        label={t('profile.tokens.scopeLabel')}
        description={t('profile.tokens.scopeDescription')}
        {...register('scope')}
        error={errorAt('scope')}
        options={(['read', 'read-write'] as const).map((value) => ({
          value,
          label: t(`profile.tokens.scopes.${value}`),
        }))}
      />
      <SelectField
        id="token-expiry"
        label={t('profile.tokens.expiryLabel')}
        description={t('profile.tokens.expiryDescription')}
        {...register('expiresInDays')}
        defaultValue={String(apiTokenDefaultDays)}
        error={errorAt('expiresInDays')}
        options={expiryChoices.map((days) => ({
          value: String(days),
          label: days === apiTokenMaxDays ? t('profile.tokens.oneYear') : t('profile.tokens.days', { count: days }),
        }))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
        {t('profile.tokens.create')}
      </Button>
    </form>
  );
}
