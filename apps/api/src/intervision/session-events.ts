import { EventEmitter } from 'node:events';
import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { SessionEvent } from '@leerkring/domain';

/**
 * Live updates of intervision sessions, in process: one EventEmitter per session id, fed after each change commits.
 * Several API instances behind a load balancer would need a shared bus instead (e.g. PostgreSQL LISTEN/NOTIFY on a
 * channel per session, or Redis pub/sub), so that a command served by one instance reaches the streams of the others.
 */
@Injectable()
export class SessionEvents implements BeforeApplicationShutdown {
  private readonly emitters = new Map<string, EventEmitter>();
  private readonly closers = new Set<() => void>();

  publish(event: SessionEvent): void {
    this.emitters.get(event.sessionId)?.emit('event', event);
  }

  /** Listens to one session; the returned function stops listening (and forgets the emitter when nobody listens). */
  subscribe(sessionId: string, listener: (event: SessionEvent) => void): () => void {
    let emitter = this.emitters.get(sessionId);
    if (!emitter) {
      emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.emitters.set(sessionId, emitter);
    }
    emitter.on('event', listener);
    return () => {
      emitter.off('event', listener);
      if (emitter.listenerCount('event') === 0 && this.emitters.get(sessionId) === emitter) this.emitters.delete(sessionId);
    };
  }

  /** Open streams register how to end them, so the server can close without waiting for clients to hang up. */
  track(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  listenerCount(sessionId: string): number {
    return this.emitters.get(sessionId)?.listenerCount('event') ?? 0;
  }

  beforeApplicationShutdown(): void {
    for (const close of [...this.closers]) close();
  }
}
