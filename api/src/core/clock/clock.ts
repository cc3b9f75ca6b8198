import { Injectable } from '@nestjs/common';

/**
 * The current time, as a provider: expiry rules (sessions, OAuth states) read it here so
 * tests can move time by stubbing `now` on the app's instance instead of sleeping.
 */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
