import { roles, type LearningGroupDetail } from '@leerkring/domain';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { membersByRegion } from '../members-by-region';

/** The regions of a learning group, each with the members who represent it; those representing none after them. */
export function LearningGroupMembers({ group }: { group: LearningGroupDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { regions, others } = membersByRegion(group);
  const describe = (member: LearningGroupDetail['members'][number]) =>
    t('learningGroups.member', {
      name: member.person.name,
      organisation: member.organisation.name,
      role: termLabel(roles, member.role, language),
    }) + (member.status === 'pending' ? ` (${t('learningGroups.pending')})` : '');
  return (
    <section aria-labelledby="learning-group-regions">
      <Heading2 id="learning-group-regions">{t('learningGroups.regionsHeading')}</Heading2>
      <Paragraph>{t('learningGroups.regions', { count: group.regions.length })}</Paragraph>
      <Table caption={t('learningGroups.membersCaption')} captionHidden>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('learningGroups.region')}</TableHeaderCell>
            <TableHeaderCell>{t('learningGroups.representedBy')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regions.map(({ region, members }) => (
            <TableRow key={region.id}>
              <TableHeaderCell scope="row">{region.name}</TableHeaderCell>
              <TableCell>{members.length === 0 ? '—' : members.map(describe).join('; ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {others.length > 0 ? (
        <Paragraph>
          <strong>{t('learningGroups.otherMembers')}</strong> {others.map(describe).join('; ')}
        </Paragraph>
      ) : null}
    </section>
  );
}
