import type { IdentifierFieldFinding, IdentifierFinding, IdentifierKind } from './schema.js';

/*
 * The privacy guard: finds data in free text that points at a person.
 *
 * Every detector is one left-to-right pass of a global regex (or an indexOf loop) whose
 * quantifiers are bounded, so the scan stays linear in the length of the text. The regexes
 * only propose candidates; checksums and context rules in plain code decide, which keeps the
 * patterns simple enough to reason about backtracking.
 */

// ---------------------------------------------------------------------------------------------
// Checksums

/**
 * The elfproef (11-proof) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 * Takes 9 digits, or 8 when a leading zero was dropped; dots, spaces and dashes are ignored.
 */
export function passesElfproef(digits: string): boolean {
  const compact = digits.replace(/[ .-]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return false;
  const padded = compact.padStart(9, '0');
  if (padded === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (padded.charCodeAt(i) - 48);
  sum -= padded.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/**
 * The ISO 13616 check of an IBAN: with the first four characters moved to the end and letters
 * read as 10–35, the number is 1 modulo 97. Spaces are ignored and case does not matter.
 * Does not check the length per country; see {@link ibanLengths}.
 */
export function passesIbanMod97(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    // Letters count as two digits, so shift by 100 rather than 10.
    remainder = code >= 65 ? (remainder * 100 + (code - 55)) % 97 : (remainder * 10 + (code - 48)) % 97;
  }
  return remainder === 1;
}

/** IBAN lengths per country (SWIFT IBAN registry); other countries only need to pass mod-97. */
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

// ---------------------------------------------------------------------------------------------
// Small helpers

interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether a number that starts at `start` is the tail of a larger one, like the end of `1.123456782`. */
function numberBefore(text: string, start: number): boolean {
  const before = text[start - 1];
  return before !== undefined && '.,/-'.includes(before) && isDigit(text[start - 2]);
}

/** Whether a number that ends at `end` goes on, like `123456782,50`. */
function numberAfter(text: string, end: number): boolean {
  const after = text[end];
  return after !== undefined && '.,/-'.includes(after) && isDigit(text[end + 1]);
}

/** Amounts are not identifiers: `€ 123.456.782`, `EUR 12345678`. */
function followsCurrency(text: string, start: number): boolean {
  return /(?:€|\beur|\beuro|\busd|\$|£)\s*$/i.test(text.slice(Math.max(0, start - 6), start));
}

function isValidDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// ---------------------------------------------------------------------------------------------
// BSN

// Compact, or grouped the ways a BSN is written on documents: 123.456.782, 1234.56.782, 123-45-6782.
// The word boundary before is checked in code: a lookbehind at every position costs more than the rest.
const BSN_RE =
  /\d(?:\d{7,8}|\d{2}([ .-])\d{3}\1\d{3}|\d{3}([ .-])\d{2}\2\d{3}|\d{2}([ .-])\d{2}\3\d{4})(?![\p{L}\p{N}_])/gu;

/** An 8-digit number that reads as a date (yyyymmdd or ddmmyyyy) is more likely a date than a BSN. */
function looksLikeCompactDate(digits: string): boolean {
  const asYmd = /^(19|20)\d\d(\d\d)(\d\d)$/.exec(digits);
  if (asYmd && isValidDay(Number(asYmd[3]), Number(asYmd[2]))) return true;
  const asDmy = /^(\d\d)(\d\d)(19|20)\d\d$/.exec(digits);
  return asDmy !== null && isValidDay(Number(asDmy[1]), Number(asDmy[2]));
}

function findBsns(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(BSN_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/[ .-]/g, '');
    if (isWordChar(text[start - 1]) || numberBefore(text, start) || numberAfter(text, end)) continue;
    if (followsCurrency(text, start)) continue;
    if (/^\s*(?:euro|eur\b|€)/i.test(text.slice(end, end + 6))) continue;
    if (digits.length === 8) {
      const context = text.slice(Math.max(0, start - 40), start);
      // Right after "BSN" an 8-digit number is a BSN, even when it also reads as a date.
      const saysBsn = /(?:bsn|burgerservicenummer|sofi-?nummer)/i.test(context);
      if (!saysBsn && looksLikeCompactDate(digits)) continue;
      // KvK numbers are 8 digits too, and name an organisation rather than a person.
      if (!saysBsn && /(?:kvk|koophandel)/i.test(context)) continue;
    }
    if (passesElfproef(digits)) out.push({ kind: 'bsn', start, end });
  }
}

// ---------------------------------------------------------------------------------------------
// IBAN

// Compact or in groups of four; the exact end is settled by the length table and mod-97.
const IBAN_RE = /[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?/gu;

function findIbans(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(IBAN_RE)) {
    const raw = match[0];
    if (isWordChar(text[match.index - 1])) continue;
    const country = raw.slice(0, 2).toUpperCase();
    const known = ibanLengths[country];
    // Unknown country codes must be written in capitals, so that words like `ab12` stay text.
    if (known === undefined && !/^[A-Z]{2}/.test(raw)) continue;
    // Where each count of characters ends in the raw text, at a group boundary only.
    const ends: number[] = [];
    let count = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === ' ') continue;
      count++;
      if (i + 1 === raw.length || raw[i + 1] === ' ') ends[count] = i + 1;
    }
    const lengths = known !== undefined ? [known] : Array.from({ length: 20 }, (_, i) => 34 - i);
    for (const length of lengths) {
      const rawEnd = ends[length];
      if (rawEnd === undefined) continue;
      const end = match.index + rawEnd;
      if (isWordChar(text[end])) continue;
      if (passesIbanMod97(raw.slice(0, rawEnd))) {
        out.push({ kind: 'iban', start: match.index, end });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// A run of digit groups that starts like a phone number: +31, 0031, (010) or 0X. Which prefix of
// the run is the number is decided afterwards, so text after it ("… 14 keer") does not spoil it.
const PHONE_RE =
  /(?<![\p{L}\p{N}_+])(?:\+ ?[1-9]|00 ?[1-9]|\(0\d{1,4}\)|0[1-9])(?:(?: ?[-–] ?|[ ./])?(?:\(0\)|\(\d{1,4}\)|\d)){5,20}/gu;

function phoneDigitsValid(candidate: string): boolean {
  const international = candidate.startsWith('+') || candidate.startsWith('00');
  // The trunk prefix in `+31 (0)6 …` is not dialled from abroad.
  const digits = (international ? candidate.replace(/\(0\)/g, '') : candidate).replace(/\D/g, '');
  if (international) {
    const number = candidate.startsWith('00') ? digits.slice(2) : digits;
    if (number.startsWith('31')) return /^31[1-9]\d{8}$/.test(number);
    return number.length >= 8 && number.length <= 15;
  }
  return /^0[1-9]\d{8}$/.test(digits);
}

function findPhones(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(PHONE_RE)) {
    const raw = match[0];
    const start = match.index;
    if (numberBefore(text, start)) continue;
    // Session dates and times start like numbers too: 03-03-2025 14…, 09.00 - 11.00 - 13.00.
    // A date with a two-digit year may still be a phone number in dotted pairs (06.12.34.56.78).
    if (/^\d{1,2}([-./])\d{1,2}\1(?:\d{4}|\d{2}(?![-./ ]?\d))/.test(raw) || /^\d{2}[.:]\d{2} ?[-–]/.test(raw)) continue;
    // Reference numbers in case files can start with a zero too.
    if (
      /(?:dossier|zaak|factuur|klant|kenmerk|referentie|relatie)\w*\W{0,6}$/i.test(
        text.slice(Math.max(0, start - 30), start),
      )
    )
      continue;
    // Amounts with a sign, like +12.500.000.
    if (/^\+\d{1,3}(?:\.\d{3})+$/.test(raw)) continue;
    // Try the longest prefix that ends after a whole group of digits first.
    for (let rawEnd = raw.length; rawEnd > 0; rawEnd--) {
      const last = raw[rawEnd - 1];
      if (!(isDigit(last) || last === ')')) continue;
      if (isDigit(raw[rawEnd])) continue;
      const end = start + rawEnd;
      if (isWordChar(text[end]) || numberAfter(text, end)) continue;
      if (phoneDigitsValid(raw.slice(0, rawEnd))) {
        out.push({ kind: 'phone', start, end });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail

const EMAIL_LOCAL = /[A-Za-z0-9._%+'-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** Walks outwards from every `@`, which keeps the scan linear however long a word is. */
function findEmails(text: string, out: Candidate[]): void {
  let at = text.indexOf('@');
  let searchedUpTo = 0;
  while (at !== -1) {
    let start = at;
    while (start > searchedUpTo && at - start < 64 && EMAIL_LOCAL.test(text[start - 1] ?? '')) start--;
    while (text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at < 255 && EMAIL_DOMAIN.test(text[end] ?? '')) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--;
    const domain = text.slice(at + 1, end);
    // Labels separated by dots, ending in a top-level domain of letters: unambiguous, so no backtracking.
    if (start < at && /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/.test(domain)) {
      out.push({ kind: 'email', start, end });
      searchedUpTo = end;
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
}

// ---------------------------------------------------------------------------------------------
// Postcode with house number

// 4 digits (not starting with 0) and two letters; `1234 AB`, `1234AB`, and lower case only compact.
const POSTCODE_RE = /[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}_])/gu;
// 12, 12a, 12 A, 12-II, 5-2, 12 hs, 12 bis.
const HOUSE_NUMBER = String.raw`\d{1,5}(?:[ -]?[a-zA-Z](?![\p{L}\p{N}])|-(?:[IVX]{1,4}|\d{1,4}|hs|bis)(?![\p{L}\p{N}])| (?:hs|bis|[IVX]{1,4})(?![\p{L}\p{N}]))?`;
// A word that introduces the house number: "7101 AB, huisnummer 12", "1234 AB nr. 5", "woont op nr. 14 in 7101 AB".
const HOUSE_NUMBER_WORD = String.raw`(?:[Hh]uisnummer|[Hh]uisnr\.?|[Hh]nr\.?|[Nn]ummer|[Nn]r\.?|[Nn]o\.?|[Hh]ouse number|[Nn]umber)`;
// The number must not start the next postcode, as in a list of postcodes.
const HOUSE_NUMBER_AFTER = new RegExp(
  String.raw`(?:[ \t]*,[ \t]*|[ \t]+)(?:(?:(?:en|met|and)[ \t]+)?\(?${HOUSE_NUMBER_WORD}[ \t]*:?[ \t]*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}_]|[.,]\d| ?[A-Z]{2}(?![\p{L}\p{N}]))`,
  'uy',
);
// Anchored at the end of the text before the postcode; a word (the street) must precede the number.
const HOUSE_NUMBER_BEFORE = new RegExp(String.raw`(?<=[\p{L}.'’)][ \t]+)(${HOUSE_NUMBER})(?:[ \t]*,[ \t]*|\s+)$`, 'u');
// A number introduced by its word may stand a few words from the postcode: "nr. 14 in 7101 AB", "huisnummer 12, postcode 7101 AB".
const WORDED_HOUSE_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HOUSE_NUMBER_WORD}[ \t]*:?[ \t]*(${HOUSE_NUMBER})(?:[ \t]*,)?[ \t]+(?:(?:in|te|en|met|and|in de|bij)[ \t]+)?(?:(?:de[ \t]+)?(?:[Pp]ostcode|[Pp]ostal code)[ \t]*:?[ \t]*)?\(?$`,
  'u',
);
// "Casus nummer 3", "actiepunt nr. 5": a number of something other than a house.
const NUMBERED_THING =
  /(?:casus|actiepunt|punt|stap|vraag|les|week|dossier|zaak|artikel|versie|bijlage|pagina|blz|regel|tafel|groep|sessie|bijeenkomst|ronde|lijn|bus|tram)[ \t]+$/i;

function findPostcodes(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(POSTCODE_RE)) {
    if (isWordChar(text[match.index - 1])) continue;
    const letters = match[0].slice(-2).toUpperCase();
    // These letter pairs are never issued.
    if (letters === 'SA' || letters === 'SD' || letters === 'SS') continue;
    const start = match.index;
    const end = start + match[0].length;
    const windowStart = Math.max(0, start - 40);
    const windowText = text.slice(windowStart, start);
    const before = HOUSE_NUMBER_BEFORE.exec(windowText);
    // In "1234 AB 12, 1234 AB 14" the 12 belongs to the first postcode, not to a street.
    // A PO box is an organisation's address: "Postbus 123, 7500 AA".
    const beforeNumber = before ? windowText.slice(0, before.index) : '';
    if (
      before &&
      !/[1-9]\d{3} ?[A-Za-z]{2}[ \t]+$/.test(beforeNumber) &&
      !/(?:postbus|antwoordnummer)[ \t]+$/i.test(beforeNumber)
    ) {
      out.push({ kind: 'postcode-house-number', start: windowStart + before.index, end });
      continue;
    }
    const worded = WORDED_HOUSE_NUMBER_BEFORE.exec(windowText);
    if (worded && !NUMBERED_THING.test(windowText.slice(0, worded.index))) {
      out.push({
        kind: 'postcode-house-number',
        start: windowStart + worded.index + worded[0].indexOf(worded[1] ?? ''),
        end,
      });
      continue;
    }
    HOUSE_NUMBER_AFTER.lastIndex = end;
    const after = HOUSE_NUMBER_AFTER.exec(text);
    if (after) out.push({ kind: 'postcode-house-number', start, end: end + after[0].length });
  }
}

// ---------------------------------------------------------------------------------------------
// Birth dates

// Without the u flag, which makes case-insensitive scanning several times slower.
const BIRTH_WORD_RE =
  /(?:geboortedatum|geboortedag|geboorte|geboren|geb\.? ?datum|geb\.?|born|date of birth|birth ?date|d\.o\.b\.?|dob|°)(?![a-z0-9\u00C0-\u024F])/gi;
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|' +
  'jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec';
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  maa: 3,
  mrt: 3,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?:[ \u00A0]of)?[ \u00A0](${MONTHS})\.?,?[ \u00A0](\d{4})` +
    String.raw`|(${MONTHS})\.?[ \u00A0](\d{1,2})(?:st|nd|rd|th)?,?[ \u00A0](\d{4})` +
    String.raw`|(\d{1,2})([-./])(\d{1,2})\8(\d{4}|\d{2})` +
    String.raw`|(\d{4})-(\d{1,2})-(\d{1,2})` +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu',
);

function monthNumber(name: string): number {
  return MONTH_NUMBER[name.toLowerCase().slice(0, 3)] ?? 0;
}

/** Whether a match of {@link DATE_RE} is a real calendar date with a plausible year. */
function isPlausibleDate(m: RegExpExecArray): boolean {
  let day: number;
  let month: number;
  let year: string;
  if (m[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    [day, month, year] = [Number(m[1]), monthNumber(m[2]), m[3]];
  } else if (m[4] !== undefined && m[5] !== undefined && m[6] !== undefined) {
    [day, month, year] = [Number(m[5]), monthNumber(m[4]), m[6]];
  } else if (m[7] !== undefined && m[9] !== undefined && m[10] !== undefined) {
    [day, month, year] = [Number(m[7]), Number(m[9]), m[10]];
  } else if (m[11] !== undefined && m[12] !== undefined && m[13] !== undefined) {
    [day, month, year] = [Number(m[13]), Number(m[12]), m[11]];
  } else return false;
  if (!isValidDay(day, month)) return false;
  return year.length === 2 || (Number(year) >= 1880 && Number(year) <= 2100);
}

// What may stand between a birth word and its date: "geboren op", "geboren in Utrecht op", "born on the".
const GAP_WORDS = new Set(
  (
    'op on de den het the is was dd d.d. datum date at of van zijn haar his her : ( - – ' +
    'baby kind zoon dochter moeder vader cliënt client meneer mevrouw child son daughter mother father'
  ).split(' '),
);

function isBirthGap(gap: string): boolean {
  const tokens = gap
    .replace(/[:()[\]–-]/g, ' $& ')
    .split(/\s+/)
    .filter((token) => token !== '');
  if (tokens.length > 6) return false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    if (GAP_WORDS.has(lower)) continue;
    // A birthplace: "geboren te Utrecht op …", "born in Leeds on …".
    if ((lower === 'te' || lower === 'in') && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[i + 1] ?? '')) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

function findBirthDates(text: string, out: Candidate[]): void {
  for (const word of text.matchAll(BIRTH_WORD_RE)) {
    const wordStart = word.index;
    if (isWordChar(text[wordStart - 1])) continue;
    const wordEnd = wordStart + word[0].length;
    // The date after the word: "geboren op 3 maart 1984", "geb. 03-03-1984".
    const afterText = text.slice(wordEnd, wordEnd + 60);
    DATE_RE.lastIndex = 0;
    const after = DATE_RE.exec(afterText);
    if (after && isBirthGap(afterText.slice(0, after.index)) && isPlausibleDate(after)) {
      out.push({ kind: 'birth-date', start: wordEnd + after.index, end: wordEnd + after.index + after[0].length });
      continue;
    }
    // The date before the word: "op 3 maart 1984 geboren", "03-03-1984 (geb.)".
    const windowStart = Math.max(0, wordStart - 40);
    const beforeText = text.slice(windowStart, wordStart);
    DATE_RE.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = DATE_RE.exec(beforeText); m !== null; m = DATE_RE.exec(beforeText)) last = m;
    if (last && /^[\s(,:–-]{0,4}$/.test(beforeText.slice(last.index + last[0].length)) && isPlausibleDate(last)) {
      out.push({ kind: 'birth-date', start: windowStart + last.index, end: windowStart + last.index + last[0].length });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Names

// Forms of address used in records. Case-sensitive on purpose: `MS` (multiple sclerosis) and
// `MW` (maatschappelijk werk) are not titles.
const TITLE_RE =
  /(?:[Mm](?:evrouw|evr\.?|w\.?|ej\.?|eneer|nr\.?|r\.?)|M(?:rs\.?|s\.?|iss)|[Dd](?:e heer|hr\.?|rs\.?|r\.?|okter)|[Ii]r\.?|[Pp]rof\.?|[Ff]am(?:ilie|\.))(?=[ \t])/g;
const INITIALS_STICKY = /(?:\p{Lu}\.[ \t]?){1,5}/uy;
const PREFIX_STICKY =
  /(?:van der|van den|van de|van 't|van het|in 't|v\.d\.|v\/d|vd|v\.|van|de|der|den|het|'t|ter|ten|la|le|du|da|di|del|dos|el|al|von|vom|zu)(?=[ \t])/iuy;
const CAPITAL_WORD_STICKY = /\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*/uy;
const SPACE_STICKY = /[ \t]{1,3}/y;

/**
 * Capitalised words that follow a title or initials without being a name: sentence starters
 * after an initial-like letter ("plan B. Daarna"), organisations ("mevrouw van Humanitas").
 */
const NOT_A_NAME = new Set(
  (
    'de het een hij zij ze wij we ik jij je u hun haar zijn dit dat deze die er ook in op met na voor maar en want dus toen nu ' +
    'daar hier wat wie waar hoe als omdat zo samen tijdens bij daarna vervolgens verder tot uit van om over door naar niet geen ' +
    'wel al nog eerst later dan bovendien tevens daarbij daardoor hierdoor echter ondanks sinds vanaf volgens zonder tegen binnen ' +
    'buiten mede namens graag helaas gelukkig uiteindelijk tenslotte ten slotte kortom oftewel zie let vergeet bel mail stuur ' +
    'the a an he she they it this that then after before during and but or so we you i his her their our see note ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'noord oost zuid west midden gemeente wijkteam huisarts humanitas schuldhulpmaatje veilig thuiszorg buurtzorg jeugdzorg ' +
    'vluchtelingenwerk sociaal leger rode kredietbank stichting ggd ggz wmo jeugdwet participatiewet positieve gezondheid ' +
    'mantelzorg mantelzorger mantelzorgers uwv svb cak cjg mee pgb aow anw duo cjib cbs who zzp mevrouw meneer heer familie ' +
    'dokter sociale maatschappelijk welzijn bibliotheek kringloop huisartsenpost netwerk centraal kannerhuis vitens menzis ' +
    'eneco essent vattenfall ziggo kpn achmea interpolis ouders kinderen jongeren professionals cliënten clienten bewoners ' +
    'deelnemers gezinnen ouderen vrijwilligers medewerkers buren leerlingen inwoners hulpverleners wijkteams gemeenten ' +
    'scholen mensen iedereen niemand alle alles veel sommige beide elke ieder iemand'
  ).split(' '),
);
// Organisations and services, not people: Thuiszorg, Vluchtelingenwerk, Jeugdteam, Welzijnsdienst.
const ORGANISATION_SUFFIX =
  /(?:zorg|werk|team|dienst|centrum|groep|loket|stichting|wet|bank|kantoor|punt|hulp|bedrijf|corporatie|instelling|vereniging|kliniek|praktijk|fonds|bescherming|verlening)$/i;
// Letters before an initial-like letter that make it a label: "plan B. Daarna", "bijlage C. Zie".
const LABEL_WORDS = new Set(
  (
    'plan fase bijlage optie type groep niveau stap categorie vitamine scenario model vorm hoofdstuk paragraaf route punt klas ' +
    'blok zone lid artikel art casus variant sub onderdeel deel versie gebouw afdeling vleugel hal ingang poort trap kamer ' +
    'lokaal sector regio team score rij kolom figuur tabel appendix annex option step phase item vraag antwoord stelling ' +
    'opdracht situatie voorbeeld doel thema les week ronde vignet bron kaart werkvorm oefening hepatitis' +
    ' product formulier pagina blad sheet slide dia case exercise'
  ).split(' '),
);
const NOT_INITIALS = new Set([
  'NB',
  'PS',
  'AUB',
  'TAV',
  'IVM',
  'OA',
  'ZSM',
  'VWB',
  'MBT',
  'ED',
  'EG',
  'IE',
  'AM',
  'PM',
  'BV',
  'NV',
]);

/**
 * Whether a capitalised word can be a surname. Words in capitals only count after a title
 * ("dhr. JANSEN"); after initials they are more often an abbreviation.
 */
function isSurnameWord(word: string, allowCapitals: boolean): boolean {
  const lower = word.toLowerCase();
  if (word === word.toUpperCase() && !(allowCapitals && word.length >= 3)) return false;
  if (NOT_A_NAME.has(lower) || ORGANISATION_SUFFIX.test(word)) return false;
  return true;
}

/**
 * Reads a name from `pos` on: prefixes and a capitalised surname, with up to two given names
 * before it when `allowGivenNames`. Returns where the name ends, or -1 when no surname follows.
 * Given names are only read after a title: after bare initials a second capitalised word is
 * usually the next sentence.
 */
function readName(text: string, pos: number, allowGivenNames: boolean): number {
  let end = -1;
  let words = 0;
  for (let tokens = 0; tokens < 7; tokens++) {
    if (tokens > 0) {
      SPACE_STICKY.lastIndex = pos;
      if (!SPACE_STICKY.test(text)) break;
      pos = SPACE_STICKY.lastIndex;
    }
    PREFIX_STICKY.lastIndex = pos;
    if (PREFIX_STICKY.test(text)) {
      pos = PREFIX_STICKY.lastIndex;
      continue;
    }
    CAPITAL_WORD_STICKY.lastIndex = pos;
    const word = CAPITAL_WORD_STICKY.exec(text);
    if (!word || !isSurnameWord(word[0], allowGivenNames)) break;
    pos = CAPITAL_WORD_STICKY.lastIndex;
    // A double surname goes on after its hyphen: "de Vries-van der Meer", "van den Berg – Smit".
    const second = secondSurnameEnd(text, pos, word[0]);
    if (second !== -1) pos = second;
    end = pos;
    words++;
    if (!allowGivenNames || words >= 3) break;
  }
  return end;
}

// Between the two parts of a double surname: a hyphen or dash, with or without spaces around it.
const SURNAME_JOIN_STICKY = /[ \t]?[-–][ \t]?/y;
const TRAILING_PREFIX = /-(?:van|de|der|den|het|'t|ter|ten|von|el|al|la|le|du|da)$/iu;

/**
 * Where the second part of a double surname ends, or -1 when the surname read so far (`word`, ending at `pos`) has none:
 * "Jansen-de Vries" (the word ends in a prefix), "de Vries – Bakker", "van den Berg–Smit".
 */
function secondSurnameEnd(text: string, pos: number, word: string): number {
  if (TRAILING_PREFIX.test(word)) {
    SPACE_STICKY.lastIndex = pos;
    if (!SPACE_STICKY.test(text)) return -1;
    pos = SPACE_STICKY.lastIndex;
  } else {
    SURNAME_JOIN_STICKY.lastIndex = pos;
    if (!SURNAME_JOIN_STICKY.test(text)) return -1;
    pos = SURNAME_JOIN_STICKY.lastIndex;
  }
  for (let prefixes = 0; prefixes < 3; prefixes++) {
    PREFIX_STICKY.lastIndex = pos;
    if (!PREFIX_STICKY.test(text)) break;
    SPACE_STICKY.lastIndex = PREFIX_STICKY.lastIndex;
    if (!SPACE_STICKY.test(text)) return -1;
    pos = SPACE_STICKY.lastIndex;
  }
  CAPITAL_WORD_STICKY.lastIndex = pos;
  const second = CAPITAL_WORD_STICKY.exec(text);
  if (!second || !isSurnameWord(second[0], false)) return -1;
  return CAPITAL_WORD_STICKY.lastIndex;
}

function initialsAt(text: string, pos: number): number {
  INITIALS_STICKY.lastIndex = pos;
  const initials = INITIALS_STICKY.exec(text);
  if (!initials || NOT_INITIALS.has(initials[0].replace(/[^\p{L}]/gu, ''))) return -1;
  return INITIALS_STICKY.lastIndex;
}

function isUpperCase(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether capitals with dots at `start` are initials rather than an abbreviation or a label. */
function isInitials(text: string, start: number, initials: string): boolean {
  const letters = initials.replace(/[^\p{L}]/gu, '');
  if (NOT_INITIALS.has(letters)) return false;
  if (letters.length > 1) return true;
  // "plan B. Daarna …": a single capital after a label word is not an initial.
  const previous = /(\p{L}+)\.?[ \t]*$/u.exec(text.slice(Math.max(0, start - 20), start));
  return !(previous && LABEL_WORDS.has((previous[1] ?? '').toLowerCase()));
}

function findNames(text: string, out: Candidate[]): void {
  for (const title of text.matchAll(TITLE_RE)) {
    if (/[\p{L}\p{N}_.]/u.test(text[title.index - 1] ?? ' ')) continue;
    SPACE_STICKY.lastIndex = title.index + title[0].length;
    if (!SPACE_STICKY.test(text)) continue;
    const start = SPACE_STICKY.lastIndex;
    // "mevrouw A.B. de Vries": initials, then only the surname.
    const afterInitials = initialsAt(text, start);
    let end = afterInitials === -1 ? -1 : readName(text, afterInitials, false);
    if (end === -1) end = readName(text, start, true);
    if (end > start) out.push({ kind: 'name', start, end });
  }
  // Initials are found from their dots: far fewer than capitals, and indexOf is fast.
  let dot = text.indexOf('.', 1);
  while (dot !== -1) {
    const start = dot - 1;
    let next = dot + 1;
    if (isUpperCase(text[start]) && !/[\p{L}\p{N}_.'’-]/u.test(text[start - 1] ?? ' ')) {
      INITIALS_STICKY.lastIndex = start;
      const initials = INITIALS_STICKY.exec(text);
      if (initials) {
        next = INITIALS_STICKY.lastIndex;
        const end = isInitials(text, start, initials[0]) ? readName(text, next, false) : -1;
        if (end > start) {
          out.push({ kind: 'name', start, end });
          next = end;
        }
      }
    }
    dot = text.indexOf('.', next);
  }
}

// ---------------------------------------------------------------------------------------------
// Putting it together

// When findings overlap, the longer one wins; at equal length the more specific kind does.
const SPECIFICITY: Readonly<Record<IdentifierKind, number>> = {
  email: 0,
  iban: 1,
  bsn: 2,
  'birth-date': 3,
  phone: 4,
  'postcode-house-number': 5,
  name: 6,
};

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < candidates.length) {
    // A cluster: candidates that overlap one another, directly or through a chain.
    const cluster: Candidate[] = [];
    let clusterEnd = -1;
    while (i < candidates.length) {
      const candidate = candidates[i];
      if (candidate === undefined || (cluster.length > 0 && candidate.start >= clusterEnd)) break;
      cluster.push(candidate);
      clusterEnd = Math.max(clusterEnd, candidate.end);
      i++;
    }
    const [only] = cluster;
    if (cluster.length === 1 && only !== undefined) {
      kept.push(only);
      continue;
    }
    const clusterStart = cluster[0]?.start ?? 0;
    cluster.sort(
      (a, b) => b.end - b.start - (a.end - a.start) || SPECIFICITY[a.kind] - SPECIFICITY[b.kind] || a.start - b.start,
    );
    // Marking taken code units keeps this linear even when a long chain of candidates overlaps.
    const taken = new Uint8Array(clusterEnd - clusterStart);
    const chosen: Candidate[] = [];
    for (const candidate of cluster) {
      const from = candidate.start - clusterStart;
      const to = candidate.end - clusterStart;
      if (taken.subarray(from, to).includes(1)) continue;
      taken.fill(1, from, to);
      chosen.push(candidate);
    }
    chosen.sort((a, b) => a.start - b.start);
    for (const candidate of chosen) kept.push(candidate);
  }
  return kept;
}

/**
 * Finds everything in a free text that identifies a person: BSNs, IBANs, phone numbers, e-mail
 * addresses, postcodes with a house number, birth dates and names with a title or initials.
 * Findings are sorted by start and never overlap; offsets are UTF-16 code units, end exclusive.
 */
export function findIdentifiers(text: string): IdentifierFinding[] {
  const candidates: Candidate[] = [];
  findEmails(text, candidates);
  findIbans(text, candidates);
  findBsns(text, candidates);
  findBirthDates(text, candidates);
  findPhones(text, candidates);
  findPostcodes(text, candidates);
  findNames(text, candidates);
  return resolveOverlaps(candidates).map(({ kind, start, end }) => ({
    kind,
    start,
    end,
    text: text.slice(start, end),
  }));
}

/**
 * Runs the guard over the free-text fields of a request. The findings leave out the text, so a
 * validation error can say where the problem is without repeating the personal data.
 */
export function findIdentifiersInFields(
  fields: Readonly<Record<string, string | undefined | null>>,
): IdentifierFieldFinding[] {
  const findings: IdentifierFieldFinding[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value === '') continue;
    for (const { kind, start, end } of findIdentifiers(value)) findings.push({ field, kind, start, end });
  }
  return findings;
}
