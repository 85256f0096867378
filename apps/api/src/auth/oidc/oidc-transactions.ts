import { randomToken } from '../../common/secrets.js';

/** How long a browser has at the identity provider between starting and coming back. */
export const oidcTransactionTtlMs = 10 * 60 * 1000;
/** A bound on what unfinished sign-ins may hold in memory; past it the oldest are forgotten. */
const maxTransactions = 10_000;

/** What one started single sign-on needs when the browser comes back. Never leaves the server. */
export interface OidcTransaction {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
  readonly expiresAt: number;
}

/**
 * The unfinished single sign-ons, by an opaque id that the browser holds in an http-only cookie; the PKCE verifier,
 * state and nonce stay here. In memory, which is enough for one instance: with several instances behind a load
 * balancer, the callback must reach the instance that started (sticky sessions), or this must move to a table.
 * A restart forgets them, which costs a browser in the middle of signing in one more try.
 */
export class OidcTransactionStore {
  private readonly transactions = new Map<string, OidcTransaction>();

  constructor(private readonly now: () => number) {}

  /** Remembers a transaction and answers the id for the cookie. */
  open(transaction: Omit<OidcTransaction, 'expiresAt'>): string {
    this.prune();
    const id = randomToken();
    this.transactions.set(id, { ...transaction, expiresAt: this.now() + oidcTransactionTtlMs });
    return id;
  }

  /** The transaction of this id, once: taking it ends it, so a callback cannot be replayed. Null when unknown or expired. */
  take(id: string | undefined): OidcTransaction | null {
    if (!id) return null;
    const transaction = this.transactions.get(id);
    if (!transaction) return null;
    this.transactions.delete(id);
    return transaction.expiresAt > this.now() ? transaction : null;
  }

  get size(): number {
    return this.transactions.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, transaction] of this.transactions) if (transaction.expiresAt <= now) this.transactions.delete(id);
    // A Map iterates in insertion order: the first are the oldest.
    for (const id of this.transactions.keys()) {
      if (this.transactions.size < maxTransactions) break;
      this.transactions.delete(id);
    }
  }
}
