import { describe, expect, it } from 'vitest';
import { searchTerms } from './search.js';

describe('searchTerms', () => {
  it.each([
    ['Vervoer', ['vervoer']],
    ['  vervoer   dagbesteding ', ['vervoer', 'dagbesteding']],
    ['"', []],
    ['AND (', ['and']],
    ['title:* NEAR("a" b) -c OR d', ['title', 'near', 'a', 'b', 'c', 'or', 'd']],
    ["o'neill; DROP TABLE case_record --", ['o', 'neill', 'drop', 'table', 'case', 'record']],
    ['Één café', ['één', 'café']],
    ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
  ])('%j → %j', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });
});
