import { z } from 'zod';
import { nl } from 'zod/locales';

/**
 * Default validation messages in Dutch, the API's language, for rules that carry no message of their own (a number too
 * small, a wrong type, an unknown field). Rules with a message of their own keep it.
 */
export function configureDutchValidationMessages(): void {
  z.config(nl());
}
