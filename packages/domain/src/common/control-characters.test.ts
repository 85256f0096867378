import { describe, expect, it } from 'vitest';
import { controlCharacterParams, hasControlCharacter } from './control-characters.js';

describe('control characters', () => {
  it.each([
    ['NUL', 'Mevrouw\u0000woont alleen'],
    ['bell', 'piep\u0007'],
    ['backspace', 'tekst\bverborgen'],
    ['vertical tab', 'a\u000Bb'],
    ['form feed', 'a\u000Cb'],
    ['escape', '\u001B[31mrood'],
    ['unit separator', 'a\u001Fb'],
    ['delete', 'a\u007Fb'],
    ['C1 control', 'a\u0085b'],
    ['C1 control at the end', 'a\u009F'],
  ])('refuses a %s', (_, text) => {
    expect(hasControlCharacter(text)).toBe(true);
  });

  it.each([
    ['plain text', 'Meneer woont alleen en mist contact met zijn dochter.'],
    ['tab, CR and LF', 'Eerste regel\r\nTweede\tregel\n'],
    ['accents and emoji', 'Cliënt 🙂 café – “aanhalingstekens”'],
    ['non-breaking and zero-width spaces', 'a\u00A0b\u200Bc'],
    ['an empty text', ''],
  ])('allows %s', (_, text) => {
    expect(hasControlCharacter(text)).toBe(false);
  });

  it('names every text that holds one, values and field names, however deep', () => {
    const body = {
      title: 'Goed',
      clauses: [{ text: 'ok' }, { text: 'fout\u0000' }],
      nested: { deeper: ['a', 'b\u0001'] },
      'sleutel\u0000': 'waarde',
      count: 3,
      none: null,
    };
    expect(controlCharacterParams({ value: body, location: 'body' }).map((param) => [param.name, param.code])).toEqual([
      ['body.sleutel?', 'control_character'],
      ['body.clauses.1.text', 'control_character'],
      ['body.nested.deeper.1', 'control_character'],
    ]);
    expect(controlCharacterParams({ value: 'x\u0000', location: 'query.search' })).toHaveLength(1);
    expect(controlCharacterParams({ value: { title: 'Goed', lines: ['a\tb', 'c\r\nd'] }, location: 'body' })).toEqual(
      [],
    );
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    let value: unknown = 'diep\u0000';
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(controlCharacterParams({ value, location: 'body' })).toHaveLength(1);
  });
});
