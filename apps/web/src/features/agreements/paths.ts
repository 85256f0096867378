import {
  fillPath,
  getAgreementVersionDocx,
  getAgreementVersionMarkdown,
  type AgreementContext,
} from '@leerkring/domain';
import { apiPrefix } from '../../lib/api-client';

/** The pages of an agreement, in the Dutch addresses of the app. */
export const agreementPath = (agreementId: string) => `/afspraken/${agreementId}`;
/** Change an agreement's title, scope or decision rule. */
export const editAgreementPath = (agreementId: string) => `${agreementPath(agreementId)}/wijzigen`;
/** The query parameter naming the bouwteam or learning group a new agreement is for. */
export const newAgreementContextParams = { 'building-team': 'bouwteam', 'learning-group': 'leergroep' } as const;
/** Start an agreement for a bouwteam (`?bouwteam=<id>`) or a learning group (`?leergroep=<id>`). */
export const newAgreementPath = (context: Pick<AgreementContext, 'type' | 'id'>) =>
  `/afspraken/nieuw?${newAgreementContextParams[context.type]}=${encodeURIComponent(context.id)}`;
export const versionPath = (agreementId: string, versionId: string) => `/afspraken/${agreementId}/versies/${versionId}`;
export const editPath = (agreementId: string, versionId: string) => `${versionPath(agreementId, versionId)}/bewerken`;
export const printPath = (agreementId: string, versionId: string) => `${versionPath(agreementId, versionId)}/afdrukken`;
/** The diff from `against` (older) to `versionId`. */
export const comparePath = (agreementId: string, versionId: string, against?: string | null) =>
  `${versionPath(agreementId, versionId)}/vergelijken${against ? `?met=${encodeURIComponent(against)}` : ''}`;
/** Where a clause is on its version page. */
export const clauseAnchor = (clauseId: string) => `artikel-${clauseId}`;

/** The home of the bouwteam or learning group the agreement belongs to. */
export const contextPath = (context: Pick<AgreementContext, 'type' | 'id'>) =>
  context.type === 'building-team' ? `/bouwteams/${context.id}` : `/leergroepen/${context.id}`;

/** The exports of a version, as plain links: the session cookie goes with them. */
export function exportUrls(agreementId: string, versionId: string) {
  const params = { agreementId, versionId };
  return {
    markdown: `${apiPrefix}${fillPath({ path: getAgreementVersionMarkdown.path, params })}`,
    docx: `${apiPrefix}${fillPath({ path: getAgreementVersionDocx.path, params })}`,
  };
}
