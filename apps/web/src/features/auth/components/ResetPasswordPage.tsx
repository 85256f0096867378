import { Alert, Button, Heading1, Heading2, Paragraph, ProblemAlert, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { problemOf } from '../../../lib/api-client';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useResetPassword } from '../api/auth-mutations';
import { resetPasswordFormSchema } from '../reset-password-form';

/** Where the one-time link of an administrator leads: the person chooses a new password; every session and token ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { register, handleSubmit, formState } = useSchemaForm(resetPasswordFormSchema, { password: '', repeat: '' });
  const reset = useResetPassword();
  const errors = fieldErrorsOf(reset.error);
  const errorAt = fieldErrorsAt(formState.errors, reset.error, { repeat: { custom: t('resetPassword.mismatch') } });

  return (
    <>
      <PageTitle title={t('resetPassword.title')} />
      <Heading1>{t('resetPassword.heading')}</Heading1>
      {reset.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('resetPassword.done')}</Paragraph>
          <Paragraph>
            <Link className="utrecht-link utrecht-link--html-a" to="/aanmelden">
              {t('resetPassword.signIn')}
            </Link>
          </Paragraph>
        </Alert>
      ) : !token ? (
        <Alert type="error">
          <Paragraph>{t('resetPassword.noToken')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('resetPassword.lead')}</Paragraph>
          {reset.isError && !errors.password ? (
            <ProblemAlert title={problemOf(reset.error).title} detail={problemOf(reset.error).detail} />
          ) : null}
          <form
            onSubmit={(event) => void handleSubmit(({ password }) => reset.mutate({ token, password }))(event)}
            noValidate
            className="lk-form"
            aria-labelledby="reset-password-heading"
          >
            <Heading2 id="reset-password-heading" className="lk-visually-hidden">
              {t('resetPassword.formHeading')}
            </Heading2>
            <TextField
              id="reset-password-new"
              type="password"
              label={t('resetPassword.password')}
              description={t('resetPassword.passwordDescription')}
              autoComplete="new-password"
              required
              {...register('password')}
              error={errorAt('password')}
            />
            <TextField
              id="reset-password-repeat"
              type="password"
              label={t('resetPassword.repeat')}
              autoComplete="new-password"
              required
              {...register('repeat')}
              error={errorAt('repeat')}
            />
            <Button type="submit" appearance="primary-action-button" disabled={reset.isPending}>
              {t('resetPassword.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
