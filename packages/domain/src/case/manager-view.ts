import { can, type Principal } from '../access/policy.js';
import type { Case, CaseContent } from './schema.js';

/**
 * The free texts of a case: each can retell the situation, so none of them leaves the server in the coded view. The
 * title is free text too (a partner writes it and it can name the situation); the web shows a neutral label instead.
 */
export const caseFreeTextFields = [
  'title',
  'narrative',
  'presentingQuestion',
  'underlyingQuestion',
  'ageGroup',
  'diagnosis',
  'familyMembers',
] as const satisfies readonly (keyof Case)[];
export type CaseFreeTextField = (typeof caseFreeTextFields)[number];

/**
 * Which view of a bouwteam's cases the principal gets: `full` when they may read case content there
 * (`case:read-narrative`), otherwise `coded` — a manager's view. Deny by default: no principal, no content.
 */
export function caseContentFor({
  principal,
  buildingTeamId,
}: {
  principal: Principal | null;
  buildingTeamId: string;
}): CaseContent {
  return can({ principal, permission: 'case:read-narrative', context: { type: 'building-team', id: buildingTeamId } })
    ? 'full'
    : 'coded';
}

type CaseWithoutView = Omit<Case, 'content'>;

/**
 * A case as the view allows: the full case, or the coded projection — status, dates, Positieve Gezondheid dimensions,
 * life domains, legal frameworks, organisation types, number of professionals, bouwteam, who brought it in — with every
 * free text null. The one place the manager's view of a case is defined.
 */
export function projectCase(item: CaseWithoutView, content: CaseContent): Case {
  if (content === 'full') return { ...item, content };
  const coded: Case = { ...item, content };
  for (const field of caseFreeTextFields) coded[field] = null;
  return coded;
}

/** The label of a case where its title may not be shown: it names no content, only when the case was brought in. */
export function neutralCaseLabel(item: Pick<Case, 'createdAt'>): { nl: string; en: string } {
  const date = item.createdAt.slice(0, 10);
  return { nl: `Casus van ${date}`, en: `Case of ${date}` };
}
