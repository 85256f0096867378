import { describe, expect, it } from 'vitest';
import { csvCell, toCsvLine } from './csv.js';

describe('csvCell', () => {
  it.each([
    ['plain text', ',', 'plain text'],
    ['', ',', ''],
    ['a,b', ',', '"a,b"'],
    ['a;b', ',', 'a;b'],
    ['a;b', ';', '"a;b"'],
    ['a,b', ';', 'a,b'],
    ['zei "hallo"', ',', '"zei ""hallo"""'],
    ['twee\nregels', ',', '"twee\nregels"'],
    ['twee\r\nregels', ',', '"twee\r\nregels"'],
    ['=SUM(A1:A2)', ',', "'=SUM(A1:A2)"],
    ['+31 6 1234', ',', "'+31 6 1234"],
    ['-5', ',', "'-5"],
    ['@cmd', ',', "'@cmd"],
    ['\tverborgen', ',', "'\tverborgen"],
    ['\rterug', ',', '"\'\rterug"'],
    ['=HYPERLINK("http://x","klik")', ',', '"\'=HYPERLINK(""http://x"",""klik"")"'],
    ['a=b', ',', 'a=b'],
    ['e-mail', ',', 'e-mail'],
  ])('%j with separator %j becomes %j', (value, separator, expected) => {
    expect(csvCell({ value, separator })).toBe(expected);
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvCell({ value: null })).toBe('');
    expect(csvCell({ value: undefined })).toBe('');
  });
});

describe('toCsvLine', () => {
  it('joins the cells with the separator', () => {
    expect(toCsvLine(['a', null, 'b,c', '=1'])).toBe('a,,"b,c",\'=1');
    expect(toCsvLine(['a', 'b;c', 'd,e'], ';')).toBe('a;"b;c";d,e');
  });
});
