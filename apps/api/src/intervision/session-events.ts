import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { SessionEvent } from '@leerkring/domain';
import { LiveFollowers, type Follower } from '../auth/live-followers.js';

/**
 * Live updates of intervision sessions, in process: the followers of each session, fed after each change commits.
 * An event is made once per change; before it goes out the followers' rights are checked afresh, together (a fixed
 * number of queries), and whoever may no longer read the session is closed instead. Several API instances behind a
 * load balancer would need a shared bus instead (e.g. PostgreSQL LISTEN/NOTIFY on a channel per session, or Redis
 * pub/sub), so that a command served by one instance reaches the streams of the others.
 */
@Injectable()
export class SessionEvents implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SessionEvents');
  private readonly groups = new Map<string, { followers: Set<Follower>; delivering: Promise<void> }>();

  constructor(private readonly live: LiveFollowers) {}

  publish(event: SessionEvent): void {
    const group = this.groups.get(event.sessionId);
    // One delivery after another per session, so events keep their order.
    if (group) group.delivering = group.delivering.then(() => this.deliver(group.followers, event));
  }

  /** Follows one session; the returned function stops (and forgets the session when nobody follows it). */
  subscribe(sessionId: string, follower: Follower): () => void {
    let group = this.groups.get(sessionId);
    if (!group) {
      group = { followers: new Set(), delivering: Promise.resolve() };
      this.groups.set(sessionId, group);
    }
    group.followers.add(follower);
    return () => {
      group.followers.delete(follower);
      if (group.followers.size === 0 && this.groups.get(sessionId) === group) this.groups.delete(sessionId);
    };
  }

  listenerCount(sessionId: string): number {
    return this.groups.get(sessionId)?.followers.size ?? 0;
  }

  beforeApplicationShutdown(): void {
    for (const group of [...this.groups.values()]) for (const follower of [...group.followers]) follower.close();
  }

  private async deliver(followers: Set<Follower>, event: SessionEvent): Promise<void> {
    try {
      for (const follower of await this.live.recheck([...followers])) {
        follower.stream?.send(event.type, event);
        // An ended session changes no more.
        if (event.status === 'ended') follower.close();
      }
    } catch (error) {
      this.logger.warn(
        `A session event could not be delivered: ${error instanceof Error ? error.message : String(error)}`,
      );
      for (const follower of [...followers]) follower.close();
    }
  }
}
