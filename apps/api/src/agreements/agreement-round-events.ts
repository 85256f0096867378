import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ConsentRound } from '@leerkring/domain';
import { LiveFollowers, type Follower } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';

/** One read of a round for all its followers: the round, whether it can still change, and how to log who got it. */
export type RoundRead = () => Promise<{
  round: ConsentRound;
  final: boolean;
  log: (actors: Actor[]) => Promise<void>;
} | null>;

interface Followed {
  /** Each follower with how it reads the round (its own path's agreement); only opened streams' readers are used. */
  followers: Map<Follower, RoundRead>;
  reading: boolean;
  again: boolean;
  /** Counts changes, so a stream that was opening while one happened knows to ask for a read. */
  changes: number;
}

/**
 * The live consent rounds of this API instance. After a change commits (a stance given, a status change) the round is
 * read ONCE for all followers of the version; then the followers' rights are checked afresh, together, and the round
 * goes to each who may still read it (one access-log entry each); whoever may not is closed and gets nothing more.
 * Changes during a read fold into one more read after it. In process, like the intervision session events: several
 * API instances would need a shared bus (PostgreSQL LISTEN/NOTIFY or Redis pub/sub).
 */
@Injectable()
export class AgreementRoundEvents implements BeforeApplicationShutdown {
  private readonly logger = new Logger('AgreementRoundEvents');
  private readonly followed = new Map<string, Followed>();
  /** Rounds read for followers since the start: one per change, however many follow. */
  reads = 0;

  constructor(private readonly live: LiveFollowers) {}

  changed(versionId: string): void {
    const followed = this.followed.get(versionId);
    if (!followed) return;
    followed.changes++;
    if (followed.reading) followed.again = true;
    else void this.deliver(followed);
  }

  /** Follows one version; the returned function stops (and forgets the version when nobody follows it). */
  follow(versionId: string, follower: Follower, read: RoundRead): () => void {
    let followed = this.followed.get(versionId);
    if (!followed) {
      followed = { followers: new Map(), reading: false, again: false, changes: 0 };
      this.followed.set(versionId, followed);
    }
    followed.followers.set(follower, read);
    const group = followed;
    return () => {
      group.followers.delete(follower);
      if (group.followers.size === 0 && this.followed.get(versionId) === group) this.followed.delete(versionId);
    };
  }

  /** Changes of the version since `follow`, for a stream that was still opening. */
  changesOf(versionId: string): number {
    return this.followed.get(versionId)?.changes ?? 0;
  }

  listenerCount(versionId: string): number {
    return this.followed.get(versionId)?.followers.size ?? 0;
  }

  beforeApplicationShutdown(): void {
    for (const followed of [...this.followed.values()])
      for (const follower of [...followed.followers.keys()]) follower.close();
  }

  private async deliver(followed: Followed): Promise<void> {
    followed.reading = true;
    try {
      do {
        followed.again = false;
        const opened = [...followed.followers.keys()].filter((follower) => follower.stream !== null);
        if (opened.length === 0) return;
        this.reads++;
        // A stream opens only after its own read succeeded, so its reader names a version that exists.
        const read = await followed.followers.get(opened[0]!)!();
        const staying = await this.live.recheck(opened);
        if (!read) {
          for (const follower of staying) follower.close();
          return;
        }
        if (staying.length > 0) await read.log(staying.map((follower) => follower.actor));
        for (const follower of staying) {
          follower.stream!.send('round', read.round);
          if (read.final) follower.close();
        }
      } while (followed.again && followed.followers.size > 0);
    } catch (error) {
      // The database gone: the clients reconnect and get a problem if they still may not read.
      this.logger.warn(
        `A consent round could not be delivered: ${error instanceof Error ? error.message : String(error)}`,
      );
      for (const follower of [...followed.followers.keys()]) follower.close();
    } finally {
      followed.reading = false;
    }
  }
}
