/*
 * Throughput of the privacy guard: `npx tsc -p tsconfig.build.json && node dist/privacy/benchmark.js`.
 * Builds about 1 MB of case narrative with identifiers sprinkled in, scans it several times and
 * prints MB/s. Then scans adversarial texts of the same size, which would take seconds or
 * minutes if any detector backtracked catastrophically.
 */
import { cleanTexts } from './clean-texts.js';
import { flaggedTexts } from './flagged-texts.js';
import { findIdentifiers } from './rules.js';

const targetSize = 1024 * 1024;
const runs = 15;

/** A fixed pseudo-random sequence, so every run scans the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function narrative(): { text: string; planted: number } {
  const next = random(20250303);
  const parts: string[] = [];
  let size = 0;
  let planted = 0;
  while (size < targetSize) {
    // About one sentence in twenty carries an identifier.
    const sentence = next() < 0.05 ? (planted++, pick(flaggedTexts, next).text) : pick(cleanTexts, next);
    parts.push(sentence);
    size += sentence.length + 1;
    if (next() < 0.15) {
      parts.push('\n\n');
      size += 2;
    }
  }
  return { text: parts.join(' '), planted };
}

function measure(label: string, text: string): void {
  const megabytes = new TextEncoder().encode(text).length / (1024 * 1024);
  findIdentifiers(text); // warm up the JIT
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = findIdentifiers(text).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const best = times[0] ?? 0;
  console.log(
    `${label.padEnd(34)} ${megabytes.toFixed(2)} MB  median ${median.toFixed(1).padStart(6)} ms  ` +
      `${(megabytes / (median / 1000)).toFixed(1).padStart(6)} MB/s (best ${(megabytes / (best / 1000)).toFixed(1)})  ` +
      `${findings} findings`,
  );
}

const { text, planted } = narrative();
console.log(`Mixed narrative: ${planted} sentences with an identifier planted.`);
measure('mixed narrative', text);

const adversarial: [string, string][] = [
  ['one long run of digits', '1'.repeat(targetSize)],
  ['digits in groups of four', '0612 '.repeat(targetSize / 5)],
  ['one long word', 'a'.repeat(targetSize)],
  ['at signs between letters', 'ab@'.repeat(targetSize / 3)],
  ['dotted capitals', 'A.B.'.repeat(targetSize / 4)],
  ['titles without names', 'mevrouw van de '.repeat(targetSize / 15)],
  ['birth words without dates', 'geboren op 12 '.repeat(targetSize / 14)],
  ['postcodes without numbers', '1234 AB '.repeat(targetSize / 8)],
  ['IBAN-like letters and digits', 'NL91 ABNA '.repeat(targetSize / 10)],
];
for (const [label, sample] of adversarial) measure(label, sample);
