import { neutralCaseLabel, type Case, type Language } from '@leerkring/domain';

/** A case's title, or — in the coded view a manager gets, where the title is withheld — a neutral label. */
export function caseLabel(item: Pick<Case, 'title' | 'createdAt'>, language: Language): string {
  return item.title ?? neutralCaseLabel(item)[language];
}
