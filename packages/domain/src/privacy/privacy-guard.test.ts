import { describe, expect, it } from 'vitest';
import { cleanTexts } from './clean-texts.js';
import { flaggedTexts } from './flagged-texts.js';
import { findIdentifiers, findIdentifiersInFields, passesElfproef, passesIbanMod97 } from './rules.js';
import { IdentifierFindingSchema, IdentifierKindSchema, identifierKinds } from './schema.js';

describe('the privacy guard', () => {
  it.each(flaggedTexts)('flags $kind in $text', ({ text, kind, found, at }) => {
    const findings = findIdentifiers(text);
    expect(findings).toContainEqual(expect.objectContaining({ kind, text: found }));
    if (at) {
      // The table itself must be right, or the offsets prove nothing.
      expect(text.slice(at[0], at[1])).toBe(found);
      expect(findings).toContainEqual({ kind, start: at[0], end: at[1], text: found });
    }
  });

  it.each(cleanTexts)('finds nothing in %s', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('has enough examples of each kind', () => {
    expect(flaggedTexts.length).toBeGreaterThanOrEqual(150);
    expect(cleanTexts.length).toBeGreaterThanOrEqual(150);
    for (const { code } of identifierKinds) {
      expect(flaggedTexts.filter((example) => example.kind === code).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('returns findings sorted, without overlap, with the text they cover', () => {
    const text =
      'Mevrouw De Vries (geb. 03-03-1984, BSN 111222333) woont op Dorpsstraat 12, 1234 AB Utrecht, ' +
      'bereikbaar op 06-12345678 en via an.devries@ziggo.nl; IBAN NL91 ABNA 0417 1643 00.';
    const findings = findIdentifiers(text);
    expect(findings.map((finding) => finding.kind)).toEqual([
      'name',
      'birth-date',
      'bsn',
      'postcode-house-number',
      'phone',
      'email',
      'iban',
    ]);
    for (const [i, finding] of findings.entries()) {
      expect(IdentifierFindingSchema.parse(finding)).toEqual(finding);
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      const next = findings[i + 1];
      if (next) expect(next.start).toBeGreaterThanOrEqual(finding.end);
    }
  });

  it('keeps the longer finding when kinds overlap', () => {
    // The e-mail address contains an initial and a surname; the IBAN contains a phone-like run.
    expect(findIdentifiers('Mail J.Jansen@gemeente.nl')).toEqual([
      { kind: 'email', start: 5, end: 25, text: 'J.Jansen@gemeente.nl' },
    ]);
    expect(findIdentifiers('NL91 ABNA 0417 1643 00')).toEqual([
      { kind: 'iban', start: 0, end: 22, text: 'NL91 ABNA 0417 1643 00' },
    ]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🙂 Cliënt 😀 BSN 111222333';
    const [finding] = findIdentifiers(text);
    // Each emoji is two code units: 🙂 0–1, 😀 10–11.
    expect(finding).toEqual({ kind: 'bsn', start: 17, end: 26, text: '111222333' });
  });

  it('finds every identifier in a long text', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Sessie ${i + 1}: BSN 111222333 genoemd.`).join(' ');
    expect(findIdentifiers(text)).toHaveLength(50);
  });

  // Catastrophic backtracking would take minutes here; a linear scan takes milliseconds.
  it.each([
    ['digits', '1'.repeat(200_000)],
    ['digit groups', '0612 '.repeat(40_000)],
    ['letters', 'a'.repeat(200_000)],
    ['at signs', 'ab@'.repeat(70_000)],
    ['initials', 'A.B.'.repeat(50_000)],
    ['titles', 'mevrouw van de '.repeat(14_000)],
    ['birth words', 'geboren op 12 '.repeat(15_000)],
    ['postcodes', '1234 AB '.repeat(25_000)],
  ])('scans %s without backtracking', (_, text) => {
    const start = performance.now();
    findIdentifiers(text);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('finds nothing in an empty text', () => {
    expect(findIdentifiers('')).toEqual([]);
  });
});

describe('findIdentifiersInFields', () => {
  it('names the field and leaves out the text', () => {
    expect(
      findIdentifiersInFields({
        title: 'Eenzaamheid bij een oudere man',
        situation: 'Meneer (BSN 111222333) woont alleen.',
        question: undefined,
        note: null,
        contact: 'Bel 0612345678',
      }),
    ).toEqual([
      { field: 'situation', kind: 'bsn', start: 12, end: 21 },
      { field: 'contact', kind: 'phone', start: 4, end: 14 },
    ]);
  });

  it('finds nothing in clean fields', () => {
    expect(findIdentifiersInFields({ title: 'Schulden en gezondheid', body: cleanTexts.join('\n') })).toEqual([]);
  });
});

describe('passesElfproef', () => {
  it.each(['111222333', '123456782', '234567892', '987654329', '024681350', '24681350', '123.456.782', '1234 56 782'])(
    'accepts %s',
    (digits) => expect(passesElfproef(digits)).toBe(true),
  );

  it.each(['123456789', '111222334', '000000000', '00000000', '12345678', '1234567', '1234567820', '12345678a', ''])(
    'rejects %s',
    (digits) => expect(passesElfproef(digits)).toBe(false),
  );
});

describe('passesIbanMod97', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'DE89370400440532013000',
    'BE68539007547034',
    'GB29NWBK60161331926819',
    'FR1420041010050500013M02606',
    'MA64011519000001205000534921',
  ])('accepts %s', (iban) => expect(passesIbanMod97(iban)).toBe(true));

  it.each([
    'NL91ABNA0417164301',
    'NL19ABNA0417164300',
    'NL91ABNA041716430',
    'DE89370400440532013001',
    '91NLABNA0417164300',
    'NL91-ABNA-0417-1643-00',
    '',
  ])('rejects %s', (iban) => expect(passesIbanMod97(iban)).toBe(false));
});

describe('the identifier kinds', () => {
  it('label every kind in Dutch and English', () => {
    expect(identifierKinds.map((kind) => kind.code)).toEqual(IdentifierKindSchema.options);
    for (const { label } of identifierKinds) {
      expect(label.nl).not.toBe('');
      expect(label.en).not.toBe('');
    }
  });
});
