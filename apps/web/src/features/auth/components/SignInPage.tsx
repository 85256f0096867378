import { AuthErrorCode, LoginSchema, startSsoLogin } from '@leerkring/domain';
import { Alert, Button, Heading1, Heading2, Paragraph, ProblemAlert, TextField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { isApiProblem, operationUrl, problemCode, problemOf } from '../../../lib/api-client';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { ssoConfigurationQueryOptions } from '../../../lib/auth/me-query';
import { safeReturnPath } from '../../../lib/auth/return-path';
import { useSignIn } from '../api/auth-mutations';

/** Sign in with e-mail and password, or by single sign-on when it is offered; then back to where the person was. */
export function SignInPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnPath(searchParams.get('terug'));
  const expired = searchParams.get('sessie') === 'verlopen';
  const sso = searchParams.get('sso');
  const ssoConfiguration = useQuery(ssoConfigurationQueryOptions());
  const { register, handleSubmit, formState } = useSchemaForm(LoginSchema, { email: '', password: '' });

  const signIn = useSignIn({ onSignedIn: () => navigate(returnTo, { replace: true }) });
  const fieldError = fieldErrorsAt(formState.errors, signIn.error, {
    email: { too_small: t('signIn.emailRequired') },
    password: { too_small: t('signIn.passwordRequired') },
  });
  const tooMany = problemCode(signIn.error) === AuthErrorCode.TOO_MANY_ATTEMPTS;
  const waitSeconds = isApiProblem(signIn.error) ? signIn.error.retryAfterSeconds : undefined;

  return (
    <>
      <PageTitle title={t('signIn.title')} />
      <Heading1>{t('signIn.heading')}</Heading1>
      {expired ? (
        <Alert type="warning" role="status">
          <Paragraph>{t('signIn.sessionExpired')}</Paragraph>
        </Alert>
      ) : null}
      {sso === 'failed' || sso === 'unknown' ? (
        <Alert type="error">
          <Paragraph>{t(sso === 'failed' ? 'signIn.ssoFailed' : 'signIn.ssoUnknown')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('signIn.lead')}</Paragraph>
      {signIn.isError ? (
        tooMany ? (
          <ProblemAlert
            title={problemOf(signIn.error).title}
            detail={
              waitSeconds !== undefined
                ? t('signIn.tooManyWait', { count: Math.max(1, Math.ceil(waitSeconds / 60)) })
                : problemOf(signIn.error).detail
            }
          />
        ) : (
          <ProblemAlert title={problemOf(signIn.error).title} detail={problemOf(signIn.error).detail} />
        )
      ) : null}
      <form
        onSubmit={(event) => void handleSubmit((login) => signIn.mutate(login))(event)}
        noValidate
        className="lk-form"
        aria-labelledby="sign-in-form-heading"
      >
        <Heading2 id="sign-in-form-heading" className="lk-visually-hidden">
          {t('signIn.formHeading')}
        </Heading2>
        <TextField
          id="sign-in-email"
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          inputMode="email"
          required
          {...register('email')}
          error={fieldError('email')}
        />
        <TextField
          id="sign-in-password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...register('password')}
          error={fieldError('password')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
      {ssoConfiguration.data?.enabled ? (
        <section aria-labelledby="sso-heading" className="lk-sso">
          <Heading2 id="sso-heading">{t('signIn.ssoHeading')}</Heading2>
          <Paragraph>
            <a
              className="utrecht-button utrecht-button--secondary-action-button lk-button-link"
              href={operationUrl(startSsoLogin, { returnTo })}
            >
              {ssoConfiguration.data.name ? t('signIn.ssoWith', { name: ssoConfiguration.data.name }) : t('signIn.sso')}
            </a>
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
