import { describe, expect, it } from 'vitest';
import { findingPlace } from './finding-place.js';

const at = (text: string, found: string) => findingPlace({ text, start: text.indexOf(found) });

describe('findingPlace', () => {
  it.each([
    ['Het BSN van de cliënt is 111222333.', '111222333', { sentence: 1, word: 7 }],
    ['192837461', '192837461', { sentence: 1, word: 1 }],
    ['Een gezin. Twee kinderen. Het BSN is 111222333.', '111222333', { sentence: 3, word: 4 }],
    ['Vraag: wie helpt? Bel 0612345678 graag.', '0612345678', { sentence: 2, word: 2 }],
    ['bsn 987.654.329 staat in het dossier.', '987.654.329', { sentence: 1, word: 2 }],
    ['Eerste regel\nTweede regel met jan@example.nl erin', 'jan@example.nl', { sentence: 2, word: 4 }],
    ['Zin één.  Daarna:  "Piet" 7311 AB 12', '7311 AB 12', { sentence: 2, word: 3 }],
  ] as const)('in %j finds %s at %o', (text, found, place) => {
    expect(at(text, found)).toEqual(place);
  });
});
