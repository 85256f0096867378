import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AuthError, AuthErrorCode, type Principal } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { EventStream } from '../common/http/event-stream.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { sessionAbsoluteMs, sessionIdleMs } from './session-times.js';
import type { Actor } from './principal.js';

export type StreamKind = 'intervision-session' | 'consent-round';

/** Open streams are checked again this often even when nothing changes, so lost rights end them within this time. */
export const followerSweepMilliseconds = 20_000;

/**
 * One person following one record over a live stream, with the rights they had when last checked. `mayFollow` is the
 * feature's own rule (may these rights read the record?), asked afresh on every change.
 */
export class Follower {
  stream: EventStream | null = null;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    public actor: Actor,
    readonly kind: StreamKind,
    readonly mayFollow: (principal: Principal) => boolean,
    /** When the stream ends at the latest: the session's idle timeout from opening, or its absolute end if sooner. */
    public closesAt: number,
    private readonly leave: (follower: Follower) => void,
  ) {}

  get personId(): string {
    return this.actor.person.id;
  }

  /** The sign-in this stream rides on: a session or an API token. */
  get via(): string {
    const via = this.actor.via;
    if (via.kind === 'session') return `session:${via.sessionId}`;
    if (via.kind === 'scheduled') return `job:${via.job}`;
    return via.kind === 'api-token' ? `token:${via.tokenId}` : `reset:${via.resetId}`;
  }

  /** Binds the opened stream; it ends by itself at `closesAt`, and at once when its rights went while it was opening. */
  attach(stream: EventStream, now: number): void {
    this.stream = stream;
    if (this.closed) return stream.close();
    this.timer = setTimeout(() => this.close(), Math.max(0, this.closesAt - now));
    this.timer.unref();
  }

  /** Ends the stream (if it opened) and frees the place; safe to call more than once. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.leave(this);
    this.stream?.close();
  }
}

/**
 * Every open live stream of this API instance, by person and sign-in: caps how many one session and one person hold
 * (429 beyond), ends them at sign-out, and re-checks the followers of a record in a fixed number of queries however
 * many there are (their people, memberships and sessions read together), closing those whose rights have gone.
 */
@Injectable()
export class LiveFollowers implements BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveFollowers');
  private readonly open = new Set<Follower>();
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly people: PeopleRepository,
    private readonly memberships: MembershipsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly tokens: ApiTokensRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.sweep = setInterval(() => void this.recheckAll(), followerSweepMilliseconds);
    this.sweep.unref();
  }

  /**
   * Takes a place for a new stream, or refuses with 429 when the caller's sign-in already follows STREAMS_PER_SESSION
   * records of this kind or the person STREAMS_PER_PERSON in all. The place is taken before the first await, so
   * parallel requests cannot all pass the count.
   */
  async follow(actor: Actor, kind: StreamKind, mayFollow: (principal: Principal) => boolean): Promise<Follower> {
    const follower = new Follower(actor, kind, mayFollow, Number.POSITIVE_INFINITY, (leaving) =>
      this.open.delete(leaving),
    );
    const ofVia = [...this.open].filter((other) => other.via === follower.via && other.kind === kind).length;
    const ofPerson = [...this.open].filter((other) => other.personId === follower.personId).length;
    if (ofVia >= this.config.STREAMS_PER_SESSION || ofPerson >= this.config.STREAMS_PER_PERSON) {
      throw new AuthError(
        AuthErrorCode.TOO_MANY_STREAMS,
        'Je volgt al te veel live overzichten tegelijk. Sluit er eerst een.',
        30,
      );
    }
    this.open.add(follower);
    try {
      follower.closesAt = await this.closingTimeOf(actor);
    } catch (error) {
      follower.close();
      throw error;
    }
    return follower;
  }

  /** Sign-out: the session's streams end at once. */
  closeSession(sessionId: string): void {
    for (const follower of [...this.open]) if (follower.via === `session:${sessionId}`) follower.close();
  }

  /** A person's rights changed (a membership ended, deactivated): their streams are checked now, not at the next change. */
  async recheckPeople(personIds: string[]): Promise<void> {
    await this.recheck([...this.open].filter((follower) => personIds.includes(follower.personId)));
  }

  /**
   * The followers that may still follow, each with their rights read afresh (`actor.principal` replaced); the others
   * are closed. Four queries at most, whatever the number of followers.
   */
  async recheck(followers: Follower[]): Promise<Follower[]> {
    // A stream still opening is checked by its own first read; its rule may not know the record yet.
    const candidates = followers.filter((follower) => this.open.has(follower) && follower.stream !== null);
    if (candidates.length === 0) return [];
    const now = this.clock.now().getTime();
    const personIds = [...new Set(candidates.map((follower) => follower.personId))];
    const sessionIds = candidates.flatMap(({ actor }) => (actor.via.kind === 'session' ? [actor.via.sessionId] : []));
    const tokenIds = candidates.flatMap(({ actor }) => (actor.via.kind === 'api-token' ? [actor.via.tokenId] : []));
    const manager = this.dataSource.manager;
    const [people, memberships, sessions, tokens] = await Promise.all([
      this.people.standing(manager, personIds),
      this.memberships.ofPeople(manager, personIds),
      sessionIds.length ? this.sessions.findMany(manager, sessionIds) : [],
      tokenIds.length ? this.tokens.findLive(manager, tokenIds) : [],
    ]);
    const principals = new Map<string, Principal>();
    for (const person of people) {
      if (!person.active) continue;
      const own = memberships.filter((membership) => membership.personId === person.id);
      principals.set(person.id, {
        personId: person.id,
        organisationId: person.organisationId,
        isAdmin: person.isAdmin,
        memberships: own.map(({ contextType, contextId, role }) => ({ contextType, contextId, role })),
      });
    }
    const liveSessions = new Map(sessions.map((session) => [session.id, session]));
    const liveTokens = new Set(tokens.map((token) => token.id));
    const staying: Follower[] = [];
    for (const follower of candidates) {
      const principal = principals.get(follower.personId);
      const via = follower.actor.via;
      const signedIn =
        via.kind === 'session'
          ? (liveSessions.get(via.sessionId)?.createdAt.getTime() ?? Number.NEGATIVE_INFINITY) + sessionAbsoluteMs > now
          : via.kind === 'api-token' && liveTokens.has(via.tokenId);
      if (!principal || !signedIn || now >= follower.closesAt || !follower.mayFollow(principal)) {
        follower.close();
        continue;
      }
      follower.actor = { ...follower.actor, principal };
      staying.push(follower);
    }
    return staying;
  }

  /** How many streams are open: for tests and the sweep. */
  get size(): number {
    return this.open.size;
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.sweep);
    for (const follower of [...this.open]) follower.close();
  }

  private async recheckAll(): Promise<void> {
    try {
      await this.recheck([...this.open]);
    } catch (error) {
      this.logger.warn(
        `Live streams could not be checked again: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** A stream lives at most one idle timeout (the client reconnects, which signs in the session afresh), never past the session's end. */
  private async closingTimeOf(actor: Actor): Promise<number> {
    const now = this.clock.now().getTime();
    if (actor.via.kind !== 'session') return now + sessionIdleMs;
    const session = await this.sessions.find(this.dataSource.manager, actor.via.sessionId);
    return Math.min(now + sessionIdleMs, (session?.createdAt.getTime() ?? now) + sessionAbsoluteMs);
  }
}
