import type { Principal } from '@leerkring/domain';

/** The caller of one request: who, how they signed in, and why they access records (for the access log). */
export interface Actor {
  readonly principal: Principal;
  readonly person: { id: string; name: string; email: string; organisationName: string };
  readonly via:
    | { kind: 'session'; sessionId: string; csrfToken: string }
    | { kind: 'api-token'; tokenId: string; tokenName: string; scope: 'read' | 'read-write' }
    /** Not signed in: proved who they are with a one-time password reset link. */
    | { kind: 'reset-link'; resetId: string }
    /** Not a request: a scheduled job (the daily digest) reading on the person's behalf, with their rights. */
    | { kind: 'scheduled'; job: string };
  /** The client's stated purpose (`Access-Purpose`), else the operation's declared one. */
  readonly purpose: string;
  readonly requestId: string;
}

export const ACTOR = 'leerkringActor';
