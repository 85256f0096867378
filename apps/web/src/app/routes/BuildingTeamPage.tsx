import {
  caseFields,
  legalFrameworks,
  lessonThemes,
  roles,
  transformationThemes,
  type BuildingTeam,
} from '@leerkring/domain';
import {
  Heading1,
  Heading2,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ReviewDueAgreements } from '../../features/agreements/components/review/ReviewDueAgreements';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { TextLink } from '../../components/TextLink';
import { useLanguage } from '../../lib/use-language';
import { termLabel } from '../../lib/terms';
import { ContextAgreements } from '../../features/agreements/components/ContextAgreements';
import { casesQueryOptions } from '../../lib/queries/case';
import { guidelineInForceQueryOptions } from '../../lib/queries/guideline-in-force';
import { intervisionSessionsQueryOptions } from '../../features/intervision/api/sessions-query';
import { lessonsQueryOptions } from '../../lib/queries/lesson';
import { systemObstaclesQueryOptions } from '../../features/lessons/api/lesson-queries';
import { useMayEver } from '../../lib/auth/use-session';
import { useCanInBuildingTeam } from '../../lib/auth/use-context-permission';
import { buildingTeamMembersQueryOptions } from '../../features/building-teams/api/building-team-members-query';
import { buildingTeamQueryOptions } from '../../lib/queries/building-team';

const preview = 5;

/** The home of one bouwteam: who is in it, its cases, lessons, obstacles, the guideline in force and its sessions. */
export function BuildingTeamPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const query = useQuery(buildingTeamQueryOptions(buildingTeamId));
  return (
    <>
      <PageTitle title={query.data?.name ?? t('buildingTeam.title')} />
      <Heading1>{query.data?.name ?? t('buildingTeam.title')}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <BuildingTeamHome team={query.data} />
      )}
      <Paragraph>
        <TextLink to="/bouwteams">{t('buildingTeam.backToList')}</TextLink>
      </Paragraph>
    </>
  );
}

function BuildingTeamHome({ team }: { team: BuildingTeam }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const canEdit = useCanInBuildingTeam('building-team:write', team.id);
  const mayReadMembers = useMayEver('membership:read');
  return (
    <>
      {team.description ? <Paragraph appearance="lead">{team.description}</Paragraph> : null}
      <dl className="lk-facts">
        <div>
          <dt>{t('buildingTeams.municipality')}</dt>
          <dd>{team.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('buildingTeams.theme')}</dt>
          <dd>{termLabel(transformationThemes, team.theme, language)}</dd>
        </div>
        <div>
          <dt>{t('buildingTeams.startDate')}</dt>
          <dd>
            <time dateTime={team.startDate}>{formatDate(team.startDate)}</time>
          </dd>
        </div>
      </dl>
      {canEdit ? (
        <Paragraph>
          <TextLink to={`/bouwteams/${team.id}/wijzigen`}>{t('buildingTeam.edit')}</TextLink>
        </Paragraph>
      ) : null}
      <ReviewDueAgreements buildingTeamId={team.id} headingLevel={2} />

      <section>
        <Heading2 id="team-partners">{t('buildingTeams.partners')}</Heading2>
        {team.partners.length === 0 ? (
          <Paragraph>{t('buildingTeam.noPartners')}</Paragraph>
        ) : (
          <UnorderedList>
            {team.partners.map((partner) => (
              <UnorderedListItem key={partner.id}>{partner.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {mayReadMembers ? <Members buildingTeamId={team.id} /> : null}
      <TeamCases buildingTeamId={team.id} />
      <TeamLessons buildingTeamId={team.id} />
      <TeamObstacles buildingTeamId={team.id} />
      <TeamAgreements buildingTeamId={team.id} />
      <TeamGuideline buildingTeamId={team.id} />
      <TeamSessions buildingTeamId={team.id} />
    </>
  );
}

function Members({ buildingTeamId }: { buildingTeamId: string }) {
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

function TeamCases({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const mayRead = useCanInBuildingTeam('case:read', buildingTeamId);
  const mayWrite = useCanInBuildingTeam('case:write', buildingTeamId);
  const query = useQuery({ ...casesQueryOptions({ buildingTeamId, page: 1, pageSize: preview }), enabled: mayRead });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-cases">{t('cases.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('cases.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((item) => (
            <UnorderedListItem key={item.id}>
              <TextLink to={`/bouwteams/${buildingTeamId}/casussen/${item.id}`}>{item.title}</TextLink> (
              {t(`cases.status.${item.status}`)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/casussen`}>
          {t('buildingTeam.allCases', { count: query.data?.meta.totalItems ?? 0 })}
        </TextLink>
        {mayWrite ? <TextLink to={`/bouwteams/${buildingTeamId}/casussen/nieuw`}>{t('cases.new')}</TextLink> : null}
      </div>
    </section>
  );
}

function TeamLessons({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('lesson:read', buildingTeamId);
  const mayWrite = useCanInBuildingTeam('lesson:write', buildingTeamId);
  const query = useQuery({ ...lessonsQueryOptions({ buildingTeamId, page: 1, pageSize: preview }), enabled: mayRead });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-lessons">{t('lessons.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('lessons.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((lesson) => (
            <UnorderedListItem key={lesson.id}>
              {lesson.text} ({termLabel(lessonThemes, lesson.theme, language)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/lessen`}>
          {t('buildingTeam.allLessons', { count: query.data?.meta.totalItems ?? 0 })}
        </TextLink>
        {mayWrite ? <TextLink to={`/bouwteams/${buildingTeamId}/lessen/nieuw`}>{t('lessons.new')}</TextLink> : null}
      </div>
    </section>
  );
}

function TeamObstacles({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('obstacle:read', buildingTeamId);
  const mayReadInsight = useCanInBuildingTeam('insight:read', buildingTeamId);
  const query = useQuery({
    ...systemObstaclesQueryOptions({ buildingTeamId, page: 1, pageSize: preview }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-obstacles">{t('obstacles.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('obstacles.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((obstacle) => (
            <UnorderedListItem key={obstacle.id}>
              {obstacle.title}
              {obstacle.legalFramework
                ? ` (${termLabel(legalFrameworks, obstacle.legalFramework, language)})`
                : ''}: {t(`obstacles.status.${obstacle.escalationStatus}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <TextLink to={`/bouwteams/${buildingTeamId}/systeemhobbels`}>{t('buildingTeam.allObstacles')}</TextLink>
      {mayReadInsight ? <TextLink to={`/bouwteams/${buildingTeamId}/inzicht`}>{t('insights.link')}</TextLink> : null}
    </section>
  );
}

function TeamAgreements({ buildingTeamId }: { buildingTeamId: string }) {
  const mayRead = useCanInBuildingTeam('agreement:read', buildingTeamId);
  return mayRead ? <ContextAgreements context={{ type: 'building-team', id: buildingTeamId }} /> : null;
}

function TeamGuideline({ buildingTeamId }: { buildingTeamId: string }) {
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
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.clauses.map((clause) => (
                <TableRow key={clause.field}>
                  <TableCell>{termLabel(caseFields, clause.field, language)}</TableCell>
                  <TableCell>{t(`guideline.rules.${clause.rule}`)}</TableCell>
                  <TableCell>{clause.purpose[language]}</TableCell>
                  <TableCell>{clause.retention || '—'}</TableCell>
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

function TeamSessions({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const mayRead = useCanInBuildingTeam('session:read', buildingTeamId);
  const mayPlan = useCanInBuildingTeam('session:write', buildingTeamId);
  const query = useQuery({
    ...intervisionSessionsQueryOptions({ buildingTeamId, page: 1, pageSize: preview }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  // Sessions are new in the API; when it cannot list them yet, the rest of the page stands on its own.
  if (query.isError) return null;
  return (
    <section>
      <Heading2 id="team-sessions">{t('sessions.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('sessions.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((session) => (
            <UnorderedListItem key={session.id}>
              <TextLink to={`/sessies/${session.id}`}>
                <time dateTime={session.plannedDate}>{formatDate(session.plannedDate)}</time>:{' '}
                {session.method.name[language]}
              </TextLink>{' '}
              ({t(`sessions.status.${session.status}`)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/sessies`}>{t('sessions.all')}</TextLink>
        {mayPlan ? <TextLink to={`/bouwteams/${buildingTeamId}/sessies/nieuw`}>{t('sessions.plan')}</TextLink> : null}
      </div>
    </section>
  );
}
