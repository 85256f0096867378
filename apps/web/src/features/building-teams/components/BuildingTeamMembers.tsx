import { roles } from '@leerkring/domain';
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
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { buildingTeamMembersQueryOptions } from '../../../lib/queries/building-team-members';

/** Who holds which role in a bouwteam, on the bouwteam's home. */
export function BuildingTeamMembers({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(buildingTeamMembersQueryOptions(buildingTeamId));
  return (
    <section>
      <Heading2 id="team-members">{t('buildingTeam.members')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('buildingTeam.noMembers')}</Paragraph>
      ) : (
        <Table caption={t('buildingTeam.members')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('admin.people.name')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.people.organisation')}</TableHeaderCell>
              <TableHeaderCell>{t('profile.role')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.items.map((membership) => (
              <TableRow key={membership.id}>
                <TableCell>{membership.person.name}</TableCell>
                <TableCell>{membership.organisation.name}</TableCell>
                <TableCell>{termLabel(roles, membership.role, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
