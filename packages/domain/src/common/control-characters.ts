import type { InvalidParam } from '../problem/schema.js';

/**
 * Control characters have no place in any text a person writes: a NUL cannot even be stored in PostgreSQL, and the
 * others hide text or break exports. Tab, carriage return and line feed are ordinary layout and stay allowed.
 */
const CONTROL_CHARACTER = /[^\P{Cc}\t\r\n]/u;
const CONTROL_CHARACTER_GLOBAL = new RegExp(CONTROL_CHARACTER.source, 'gu');

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

export const controlCharacterReason =
  'Deze tekst bevat een stuurteken (zoals NUL); alleen tab en regeleinde zijn toegestaan.';

/**
 * Every text in a request — values and field names, however deeply nested — that holds a control character other than
 * tab, CR or LF, named by its path below `location` (`body.clauses.0.text`). Applied by the API to the path, query and
 * body of every operation before its own schema, so no string field can forget it. Walks with its own stack, so a
 * deeply nested body cannot overflow the call stack.
 */
export function controlCharacterParams({ value, location }: { value: unknown; location: string }): InvalidParam[] {
  const found: InvalidParam[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: location }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (hasControlCharacter(current))
        found.push({ name: path, reason: controlCharacterReason, code: 'control_character' });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}.${i}` });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (hasControlCharacter(key))
          found.push({
            name: `${path}.${key.replace(CONTROL_CHARACTER_GLOBAL, '?')}`,
            reason: controlCharacterReason,
            code: 'control_character',
          });
        else stack.push({ value: child, path: `${path}.${key}` });
      }
    }
  }
  return found;
}
