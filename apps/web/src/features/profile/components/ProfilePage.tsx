import { contextTypes, roles, type Me } from '@leerkring/domain';
import {
  Heading1,
  Heading2,
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
import { PageTitle } from '../../../components/PageTitle';
import { meQueryOptions } from '../../../lib/auth/me-query';
import { useLanguage } from '../../../lib/use-language';
import { ApiTokens } from './ApiTokens';
import { MyRecordAccess } from './MyRecordAccess';

function RolesTable({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (me.memberships.length === 0) return <Paragraph>{t('profile.noRoles')}</Paragraph>;
  return (
    <Table caption={t('profile.rolesCaption')} captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('profile.role')}</TableHeaderCell>
          <TableHeaderCell>{t('profile.contextType')}</TableHeaderCell>
          <TableHeaderCell>{t('profile.context')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {me.memberships.map((membership) => (
          <TableRow key={membership.id}>
            <TableCell>
              {roles.find((role) => role.code === membership.role)?.label[language] ?? membership.role}
            </TableCell>
            <TableCell>
              {contextTypes.find((type) => type.code === membership.context.type)?.label[language] ??
                membership.context.type}
            </TableCell>
            <TableCell>{membership.context.name}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** My profile: who I am, my roles, my API tokens, and who accessed records about me. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions()).data;
  if (!me) return null; // RequireSignIn renders this page only once `me` is known
  return (
    <>
      <PageTitle title={t('profile.title')} />
      <Heading1>{t('profile.heading')}</Heading1>
      <dl className="lk-facts">
        <div>
          <dt>{t('profile.name')}</dt>
          <dd>{me.person.name}</dd>
        </div>
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.person.email}</dd>
        </div>
        <div>
          <dt>{t('profile.organisation')}</dt>
          <dd>{me.person.organisation.name}</dd>
        </div>
        {me.person.isAdmin ? (
          <div>
            <dt>{t('profile.admin')}</dt>
            <dd>{t('common.yes')}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="roles-heading">
        <Heading2 id="roles-heading">{t('profile.rolesHeading')}</Heading2>
        <RolesTable me={me} />
      </section>
      <ApiTokens />
      <MyRecordAccess />
    </>
  );
}
