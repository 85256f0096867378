import {
  lessonAsksForAgreementChange,
  lessonThemes,
  positiveHealthDimensions,
  type LessonTheme,
  type PositiveHealthDimensionCode,
} from '@leerkring/domain';
import {
  Heading1,
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
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FilterForm } from '../../../components/FilterForm';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { termLabel, termLabels } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { SavedMessage } from '../../../components/SavedMessage';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { lessonsQueryOptions } from '../../../lib/queries/lesson';
import { lessonFilterSchema } from '../lesson-form';

const oneOf = <T extends string>(codes: readonly T[], value: string | null): T | undefined =>
  codes.find((code) => code === value) ? (value as T) : undefined;

/** The lessons of a bouwteam, filtered by theme and Positieve Gezondheid dimension. */
export function LessonsPage() {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = usePageNumber();
  const theme = oneOf<LessonTheme>(
    lessonThemes.map((term) => term.code),
    searchParams.get('thema'),
  );
  const dimension = oneOf<PositiveHealthDimensionCode>(
    positiveHealthDimensions.map((term) => term.code),
    searchParams.get('dimensie'),
  );
  const mayWrite = useCanInBuildingTeam('lesson:write', buildingTeamId);
  const mayProposeAgreement = useCanInBuildingTeam('agreement:write', buildingTeamId);
  const query = useQuery(lessonsQueryOptions({ buildingTeamId, page, pageSize: 20, theme, dimension }));
  const all = { value: '', label: t('common.all') };
  return (
    <>
      <PageTitle title={t('lessons.title')} />
      <Heading1>{t('lessons.heading')}</Heading1>
      <SavedMessage />
      {mayWrite ? (
        <Paragraph>
          <TextLink to="nieuw">{t('lessons.new')}</TextLink>
        </Paragraph>
      ) : null}
      <FilterForm
        schema={lessonFilterSchema}
        error={query.error}
        fields={[
          {
            param: 'thema',
            apiName: 'theme',
            id: 'lesson-theme-filter',
            label: t('lessons.theme'),
            options: [all, ...lessonThemes.map((term) => ({ value: term.code, label: term.label[language] }))],
          },
          {
            param: 'dimensie',
            apiName: 'dimension',
            id: 'lesson-dimension-filter',
            label: t('lessons.dimension'),
            options: [
              all,
              ...positiveHealthDimensions.map((term) => ({ value: term.code, label: term.label[language] })),
            ],
          },
        ]}
      />
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('common.totalItems', { count: query.data.meta.totalItems })}</Paragraph>
          <Table caption={t('lessons.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('lessons.text')}</TableHeaderCell>
                <TableHeaderCell>{t('lessons.theme')}</TableHeaderCell>
                <TableHeaderCell>{t('lessons.dimensions')}</TableHeaderCell>
                <TableHeaderCell>{t('lessons.followUp')}</TableHeaderCell>
                <TableHeaderCell>{t('lessons.cases')}</TableHeaderCell>
                <TableHeaderCell>{t('lessons.recorded')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((lesson) => (
                <TableRow key={lesson.id}>
                  <TableCell>
                    <TextLink to={lesson.id}>{lesson.text}</TextLink>
                  </TableCell>
                  <TableCell>{termLabel(lessonThemes, lesson.theme, language)}</TableCell>
                  <TableCell>{termLabels(positiveHealthDimensions, lesson.dimensions, language)}</TableCell>
                  <TableCell>
                    {t(`lessons.followUps.${lesson.followUp}`)}
                    {lessonAsksForAgreementChange(lesson) && mayProposeAgreement ? (
                      <>
                        {' '}
                        (<TextLink to={lesson.id}>{t('lessons.proposeAgreement')}</TextLink>)
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>{lesson.caseIds.length}</TableCell>
                  <TableCell>
                    {lesson.recordedBy.name},{' '}
                    <time dateTime={lesson.createdAt}>{formatDate(lesson.createdAt.slice(0, 10))}</time>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('lessons.pagination')} />
        </>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}
