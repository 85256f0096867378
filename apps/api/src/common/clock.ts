import { Injectable } from '@nestjs/common';

/** The time, from one place, so tests can move it forward (session expiry, rate limits). */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private stoppedAt: number | undefined;

  now(): Date {
    return new Date((this.stoppedAt ?? Date.now()) + this.offsetMs);
  }

  /** Stops this clock where it is, so a test's expected durations do not depend on how fast it runs; only tests call it. */
  stop(): void {
    this.stoppedAt ??= Date.now();
  }

  /** Lets a stopped clock run on from where it stood; only tests call it. */
  resume(): void {
    if (this.stoppedAt === undefined) return;
    this.offsetMs += this.stoppedAt - Date.now();
    this.stoppedAt = undefined;
  }

  /** Moves this clock forward; only tests call it. */
  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
  }
}
