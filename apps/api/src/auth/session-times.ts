/** Sessions end after 30 minutes idle or 12 hours after sign-in, whichever comes first. */
export const sessionIdleMs = 30 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
