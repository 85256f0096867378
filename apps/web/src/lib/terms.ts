import type { Language, Term } from '@leerkring/domain';

/** The label of a vocabulary code in the language in use; the code itself when the vocabulary does not know it. */
export function termLabel(terms: readonly Term[], code: string, language: Language): string {
  return terms.find((term) => term.code === code)?.label[language] ?? code;
}

/** The labels of several codes, joined; a dash when there are none. */
export function termLabels(terms: readonly Term[], codes: readonly string[], language: Language): string {
  return codes.length === 0 ? '—' : codes.map((code) => termLabel(terms, code, language)).join(', ');
}
