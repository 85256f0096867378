import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryMarkdown } from './glossary.js';

describe('the glossary', () => {
  it('names every concept once', () => {
    const names = glossary.map((term) => term.en);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is published in docs/glossary.md exactly as in the OpenAPI document', () => {
    const published = fs.readFileSync(new URL('../../../../docs/glossary.md', import.meta.url), 'utf8');
    expect(published).toContain(glossaryMarkdown());
  });
});
