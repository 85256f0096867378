/** LIKE treats % and _ as wildcards; a search for them means the characters themselves (used with ESCAPE '\'). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
