/** The injection token of the parsed configuration. */
export const CONFIG = Symbol('leerkring:config');
