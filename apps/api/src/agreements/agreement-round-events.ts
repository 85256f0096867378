import { EventEmitter } from 'node:events';
import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/**
 * Tells open consent-round streams that a version's round changed (a stance given, a status change), after the change
 * committed; each stream then reads the round again for its own caller. In process, like the intervision session
 * events: several API instances would need a shared bus (PostgreSQL LISTEN/NOTIFY or Redis pub/sub).
 */
@Injectable()
export class AgreementRoundEvents implements BeforeApplicationShutdown {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly closers = new Set<() => void>();

  changed(versionId: string): void {
    this.emitter.emit(versionId);
  }

  /** Listens to one version; the returned function stops listening. */
  subscribe(versionId: string, listener: () => void): () => void {
    this.emitter.on(versionId, listener);
    return () => this.emitter.off(versionId, listener);
  }

  /** Open streams register how to end them, so the server can close without waiting for clients to hang up. */
  track(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  listenerCount(versionId: string): number {
    return this.emitter.listenerCount(versionId);
  }

  beforeApplicationShutdown(): void {
    for (const close of [...this.closers]) close();
  }
}
