import type { ApiTokenCreated } from '@leerkring/domain';
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
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { QueryProblem } from '../../../components/QueryProblem';
import { useLanguage } from '../../../lib/use-language';
import { formatDateTime } from '../../../lib/formatting';
import { myApiTokensQueryOptions } from '../api/profile-queries';
import { useRevokeApiToken } from '../api/profile-mutations';
import { NewApiTokenForm } from './NewApiTokenForm';

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
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const revoke = useRevokeApiToken();
  const when = (timestamp: string | null) =>
    timestamp ? formatDateTime({ timestamp, language }) : t('profile.tokens.never');

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
      <NewApiTokenForm onCreated={setCreated} />
    </section>
  );
}
