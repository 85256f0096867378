/**
 * Where in a text a finding stands, in the words a reader uses: the sentence (1-based) and the word within it
 * (1-based), so the web can say "het BSN in de derde zin" instead of character offsets. A sentence ends at `.`, `!` or
 * `?` followed by white space, or at a line break; a number such as 987.654.329 does not end one.
 */
export function findingPlace({ text, start }: { text: string; start: number }): { sentence: number; word: number } {
  const before = text.slice(0, Math.max(0, Math.min(start, text.length)));
  const boundary = /[.!?]+["')\]]*\s+|\n+/g;
  let sentence = 1;
  let sentenceStart = 0;
  for (const match of before.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (end > before.length) break;
    // A boundary only counts when something follows it before the finding.
    sentence += 1;
    sentenceStart = end;
  }
  const inSentence = before.slice(sentenceStart).trim();
  const word = inSentence === '' ? 1 : inSentence.split(/\s+/).length + (/\s$/.test(before) ? 1 : 0);
  return { sentence, word };
}
