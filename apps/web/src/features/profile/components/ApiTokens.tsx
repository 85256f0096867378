import { apiTokenDefaultDays, apiTokenMaxDays, type ApiTokenCreated, type ApiTokenScope } from '@leerkring/domain';
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  SelectField,
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/QueryProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { formatDateTime } from '../../../lib/formatting';
import { myApiTokensQueryOptions } from '../api/profile-queries';
import { useCreateApiToken, useRevokeApiToken } from '../api/profile-mutations';

const expiryChoices = [30, apiTokenDefaultDays, 180, apiTokenMaxDays] as const;

function CreatedToken({ created, onDone }: { created: ApiTokenCreated; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [copied, setCopied] = useState(false);
  return (
    <Alert type="warning" role="status">
      <Heading3>{t('profile.tokens.createdHeading', { name: created.name })}</Heading3>
      <Paragraph>{t('profile.tokens.createdWarning')}</Paragraph>
      <Paragraph>
        {t('profile.tokens.createdExpiry', {
          scope: t(`profile.tokens.scopes.${created.scope}`),
          when: formatDateTime({ timestamp: created.expiresAt, language }),
        })}
      </Paragraph>
      <TextField
        id="created-token"
        label={t('profile.tokens.tokenLabel')}
        value={created.token}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="lk-actions">
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            void navigator.clipboard?.writeText(created.token).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('profile.tokens.copy')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onDone}>
          {t('profile.tokens.done')}
        </Button>
        <span aria-live="polite">{copied ? t('profile.tokens.copied') : ''}</span>
      </div>
    </Alert>
  );
}

/** Personal API tokens: list, create (the token is shown once) and revoke. */
export function ApiTokens() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(myApiTokensQueryOptions());
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('read');
  const [expiresInDays, setExpiresInDays] = useState<number>(apiTokenDefaultDays);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const create = useCreateApiToken({
    onSuccess: (token) => {
      setCreated(token);
      setName('');
    },
  });
  const revoke = useRevokeApiToken();
  const when = (timestamp: string | null) =>
    timestamp ? formatDateTime({ timestamp, language }) : t('profile.tokens.never');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, scope, expiresInDays });
  };

  return (
    <section aria-labelledby="tokens-heading">
      <Heading2 id="tokens-heading">{t('profile.tokens.heading')}</Heading2>
      <Paragraph>{t('profile.tokens.lead')}</Paragraph>
      {created ? <CreatedToken created={created} onDone={() => setCreated(null)} /> : null}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('profile.tokens.empty')}</Paragraph>
      ) : (
        <Table caption={t('profile.tokens.caption')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('profile.tokens.name')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.prefix')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.scope')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.createdAt')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.expiresAt')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.lastUsedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.tokens.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.items.map((token) => (
              <TableRow key={token.id}>
                <TableCell>{token.name}</TableCell>
                <TableCell>
                  <code>{token.prefix}…</code>
                </TableCell>
                <TableCell>{t(`profile.tokens.scopes.${token.scope}`)}</TableCell>
                <TableCell>{when(token.createdAt)}</TableCell>
                <TableCell>{when(token.expiresAt)}</TableCell>
                <TableCell>{when(token.lastUsedAt)}</TableCell>
                <TableCell>
                  {token.revokedAt ? (
                    t('profile.tokens.revokedOn', { when: when(token.revokedAt) })
                  ) : new Date(token.expiresAt).getTime() <= Date.now() ? (
                    t('profile.tokens.expiredOn', { when: when(token.expiresAt) })
                  ) : (
                    <ConfirmButton
                      label={t('profile.tokens.revoke', { name: token.name })}
                      question={t('profile.tokens.revokeQuestion', { name: token.name })}
                      confirmLabel={t('profile.tokens.revokeConfirm')}
                      onConfirm={() => revoke.mutate(token.id)}
                      busy={revoke.isPending}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {revoke.isError ? <QueryProblem error={revoke.error} headingLevel={3} /> : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-token-heading" className="lk-form">
        <Heading3 id="new-token-heading">{t('profile.tokens.newHeading')}</Heading3>
        <FormProblem error={create.error} fields={['name', 'scope', 'expiresInDays']} />
        <TextField
          id="token-name"
          label={t('profile.tokens.nameLabel')}
          description={t('profile.tokens.nameDescription')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrorsOf(create.error).name}
          autoComplete="off"
        />
        <SelectField
          id="token-scope"
          label={t('profile.tokens.scopeLabel')}
          description={t('profile.tokens.scopeDescription')}
          value={scope}
          onChange={(event) => setScope(event.target.value as ApiTokenScope)}
          error={fieldErrorsOf(create.error).scope}
          options={(['read', 'read-write'] as const).map((value) => ({
            value,
            label: t(`profile.tokens.scopes.${value}`),
          }))}
        />
        <SelectField
          id="token-expiry"
          label={t('profile.tokens.expiryLabel')}
          description={t('profile.tokens.expiryDescription')}
          value={String(expiresInDays)}
          onChange={(event) => setExpiresInDays(Number(event.target.value))}
          error={fieldErrorsOf(create.error).expiresInDays}
          options={expiryChoices.map((days) => ({
            value: String(days),
            label: days === apiTokenMaxDays ? t('profile.tokens.oneYear') : t('profile.tokens.days', { count: days }),
          }))}
        />
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('profile.tokens.create')}
        </Button>
      </form>
    </section>
  );
}
