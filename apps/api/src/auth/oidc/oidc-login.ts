import { Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { apiPrefix } from '../../common/http/prefix.js';
import type { Config } from '../../config/config.js';
import { OidcTransactionStore } from './oidc-transactions.js';

/** The cookie that ties the browser to its unfinished single sign-on: an opaque id, nothing else. */
export const oidcCookieName = 'leerkring_oidc';
/** The cookie goes only to the single sign-on endpoints. */
export const oidcCookiePath = `${apiPrefix}/auth/oidc`;
export const callbackPath = `${apiPrefix}/auth/oidc/callback`;
/** The sign-in page of the web app, told why single sign-on did not sign the person in. */
export const ssoOutcomePath = (kind: 'failed' | 'unknown') => `/aanmelden?sso=${kind}`;

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The public address of the callback, as registered at the provider. */
  readonly redirectUri: URL;
  readonly name: string;
  readonly scopes: readonly string[];
}

/** The single sign-on settings, or null when it is off (the configuration refuses half of them). */
export function oidcSettingsOf(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: new URL(config.OIDC_REDIRECT_URI ?? `http://localhost:${config.PORT}${callbackPath}`),
    name: config.OIDC_NAME,
    scopes: config.OIDC_SCOPES,
  };
}

export type SsoOutcome =
  | { readonly kind: 'signed-in'; readonly personId: string; readonly returnTo: string }
  | { readonly kind: 'failed' | 'unknown'; readonly reason: string };

/**
 * Signing in through an OpenID Connect provider: the authorization code flow with PKCE (S256), state and nonce.
 * The provider's word counts only for a verified e-mail address of an active person who already exists here.
 */
export class OidcLogin {
  private readonly logger = new Logger('SingleSignOn');
  private readonly transactions: OidcTransactionStore;
  private discovered: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    /** The person with this (lower-case) e-mail address, if any. */
    private readonly personByEmail: (email: string) => Promise<{ id: string; active: boolean } | null>,
    now: () => number,
  ) {
    this.transactions = new OidcTransactionStore(now);
  }

  /** Where to send the browser, and the id of the transaction for its cookie; null when the provider cannot be reached. */
  async start(returnTo: string): Promise<{ url: string; transactionId: string } | null> {
    let configuration: client.Configuration;
    try {
      configuration = await this.configuration();
    } catch (error) {
      this.logger.error(
        `The identity provider ${this.settings.issuer.href} could not be discovered: ${messageOf(error)}`,
      );
      return null;
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      response_type: 'code',
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, transactionId: this.transactions.open({ state, nonce, codeVerifier, returnTo }) };
  }

  /** Checks the provider's answer and finds the person; never throws. */
  async complete({ transactionId, query }: { transactionId: string | undefined; query: string }): Promise<SsoOutcome> {
    const transaction = this.transactions.take(transactionId);
    if (!transaction) return this.fail('no unfinished sign-in for this browser (no cookie, used, or expired)');
    const callback = new URL(this.settings.redirectUri);
    callback.search = query;
    if (callback.searchParams.get('state') !== transaction.state) return this.fail('the state does not match');
    let claims: Readonly<Record<string, unknown>>;
    try {
      const configuration = await this.configuration();
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      claims = idToken;
      // Many providers put the e-mail claims only in the userinfo answer when an access token comes along.
      if (typeof idToken.email !== 'string' || idToken.email_verified === undefined) {
        claims = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      }
    } catch (error) {
      return this.fail(`the provider's answer was refused: ${messageOf(error)}`);
    }
    if (typeof claims.email !== 'string' || claims.email.trim() === '')
      return this.fail('the provider gave no e-mail address');
    if (claims.email_verified !== true) return this.fail('the provider has not verified the e-mail address');
    const email = claims.email.trim().toLowerCase();
    const person = await this.personByEmail(email).catch((error: unknown) => {
      this.logger.error(`Looking up the person failed: ${messageOf(error)}`);
      return undefined;
    });
    if (person === undefined) return this.fail('the person could not be looked up');
    // No account is made: single sign-on opens the door only for people who were given one.
    if (!person?.active) return { kind: 'unknown', reason: 'no active person has this e-mail address' };
    return { kind: 'signed-in', personId: person.id, returnTo: transaction.returnTo };
  }

  /** The provider's metadata, discovered once; a failure is tried again on the next sign-in. */
  private configuration(): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(
        this.settings.issuer,
        this.settings.clientId,
        undefined,
        client.ClientSecretBasic(this.settings.clientSecret),
        {
          // Plain http only for a provider that the configuration allows it for (tests, a provider on this machine).
          execute: this.settings.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  private fail(reason: string): SsoOutcome {
    this.logger.warn(`Single sign-on did not sign anyone in: ${reason}`);
    return { kind: 'failed', reason };
  }
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error ? ` (${String(error.code)})` : '';
  const cause = 'error' in error && typeof error.error === 'string' ? ` [${error.error}]` : '';
  return `${error.message}${code}${cause}`;
}
