import { Injectable } from '@nestjs/common';

/** The time, from one place, so tests can move it forward (session expiry, rate limits). */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves this clock forward; only tests call it. */
  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
  }
}
