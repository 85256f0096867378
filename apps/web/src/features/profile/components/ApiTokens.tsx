import { createMyApiToken, revokeMyApiToken, type ApiTokenCreated } from '@leerkring/domain';
import { Alert, Button, Heading2, Heading3, LoadingState, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, TextField } from '@leerkring/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../app/ConfirmButton';
import { FormProblem } from '../../../app/FormProblem';
import { QueryProblem } from '../../../app/QueryProblem';
import { callApi } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { formatDateTime } from '../../../lib/formatting';
import { myApiTokensKey, myApiTokensQueryOptions } from '../api/profile-queries';

function CreatedToken({ created, onDone }: { created: ApiTokenCreated; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Alert type="warning" role="status">
      <Heading3>{t('profile.tokens.createdHeading', { name: created.name })}</Heading3>
      <Paragraph>{t('profile.tokens.createdWarning')}</Paragraph>
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
  const queryClient = useQueryClient();
  const query = useQuery(myApiTokensQueryOptions());
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const create = useMutation({
    mutationFn: (tokenName: string) => callApi(createMyApiToken, { body: { name: tokenName } }),
    onSuccess: async (token) => {
      setCreated(token);
      setName('');
      await queryClient.invalidateQueries({ queryKey: myApiTokensKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (tokenId: string) => callApi(revokeMyApiToken, { params: { tokenId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApiTokensKey }),
  });
  const when = (timestamp: string | null) => (timestamp ? formatDateTime({ timestamp, language }) : t('profile.tokens.never'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name);
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
              <TableHeaderCell>{t('profile.tokens.createdAt')}</TableHeaderCell>
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
                <TableCell>{when(token.createdAt)}</TableCell>
                <TableCell>{when(token.lastUsedAt)}</TableCell>
                <TableCell>
                  {token.revokedAt ? (
                    t('profile.tokens.revokedOn', { when: when(token.revokedAt) })
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
        <FormProblem error={create.error} fields={['name']} />
        <TextField
          id="token-name"
          label={t('profile.tokens.nameLabel')}
          description={t('profile.tokens.nameDescription')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrorsOf(create.error).name}
          autoComplete="off"
        />
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('profile.tokens.create')}
        </Button>
      </form>
    </section>
  );
}
