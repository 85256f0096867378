import { caseFields } from '@leerkring/domain';
import {
  Heading2,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { guidelineInForceQueryOptions } from '../../../lib/queries/guideline-in-force';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { ClauseReasons } from './ClauseReasons';

/** The registration guideline in force in a bouwteam, field by field with the lessons behind each clause, on its home. */
export function BuildingTeamGuideline({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('guideline:read', buildingTeamId);
  const query = useQuery({ ...guidelineInForceQueryOptions(buildingTeamId), enabled: mayRead });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-guideline">{t('guideline.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data === null ? (
        <Paragraph>{t('guideline.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('guideline.version', { version: query.data.version })}</Paragraph>
          <Table caption={t('guideline.caption', { version: query.data.version })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('guideline.field')}</TableHeaderCell>
                <TableHeaderCell>{t('guideline.rule')}</TableHeaderCell>
                <TableHeaderCell>{t('guideline.purpose')}</TableHeaderCell>
                <TableHeaderCell>{t('guideline.retention')}</TableHeaderCell>
                <TableHeaderCell>{t('guideline.reasons')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.clauses.map((clause) => (
                <TableRow key={clause.field}>
                  <TableCell>{termLabel(caseFields, clause.field, language)}</TableCell>
                  <TableCell>{t(`guideline.rules.${clause.rule}`)}</TableCell>
                  <TableCell>{clause.purpose[language]}</TableCell>
                  <TableCell>{clause.retention || '—'}</TableCell>
                  <TableCell>
                    <ClauseReasons clause={clause} buildingTeamId={buildingTeamId} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <TextLink to={`/bouwteams/${buildingTeamId}/registratierichtlijnen`}>{t('guidelines.linkFromHome')}</TextLink>
    </section>
  );
}
