import { LoadingState } from '@leerkring/ui';
import { Suspense, lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { BuildingTeamsPage, EditBuildingTeamPage, NewBuildingTeamPage } from '../features/building-teams';
import { CasesPage, EditCasePage, NewCasePage } from '../features/cases';
import { InsightsPage } from '../features/insights';
import { LessonsPage, NewLessonPage, ObstaclesPage } from '../features/lessons';
import { ProfilePage } from '../features/profile';
import { ResetPasswordPage, SignInPage } from '../features/auth';
import { AppLayout } from './AppLayout';
import { RequirePermission, RequireSignIn } from './guards';
import { RouteErrorPage } from './RouteErrorPage';
import { BuildingTeamPage } from './routes/BuildingTeamPage';
import { CasePage } from './routes/CasePage';
import { LearningGroupPage } from './routes/LearningGroupPage';
import { LessonPage } from './routes/LessonPage';
import { ManagerBuildingTeamPage } from './routes/ManagerBuildingTeamPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartPage } from './routes/StartPage';

function Loading() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loading')} />;
}

/** A page loaded on first visit, in its own chunk, so the main bundle stays small. */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const intervision = () => import('../features/intervision');
const admin = () => import('../features/admin');
const agreements = () => import('../features/agreements');
const galaIo = () => import('../features/gala-io');
const iterations = () => import('../features/agreements/components/iterations');
const guidelines = () => import('../features/guidelines');
const methods = () => import('../features/admin/components/methods');
const gala = () => import('../features/gala');
const vouchers = () => import('../features/vouchers');

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'aanmelden', element: <SignInPage /> },
      { path: 'wachtwoord-herstellen', element: <ResetPasswordPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <StartPage /> },
          {
            path: 'bouwteams',
            children: [
              { index: true, element: <BuildingTeamsPage /> },
              {
                element: <RequirePermission permission="building-team:write" />,
                children: [
                  { path: 'nieuw', element: <NewBuildingTeamPage /> },
                  { path: ':buildingTeamId/wijzigen', element: <EditBuildingTeamPage /> },
                ],
              },
              { path: ':buildingTeamId', element: <BuildingTeamPage /> },
              { path: ':buildingTeamId/manager', element: <ManagerBuildingTeamPage /> },
              {
                path: ':buildingTeamId/casussen',
                element: <RequirePermission permission="case:read" />,
                children: [
                  { index: true, element: <CasesPage /> },
                  { path: 'nieuw', element: <NewCasePage /> },
                  { path: ':caseId', element: <CasePage /> },
                  { path: ':caseId/wijzigen', element: <EditCasePage /> },
                ],
              },
              {
                path: ':buildingTeamId/lessen',
                element: <RequirePermission permission="lesson:read" />,
                children: [
                  { index: true, element: <LessonsPage /> },
                  { path: 'nieuw', element: <NewLessonPage /> },
                  { path: ':lessonId', element: <LessonPage /> },
                ],
              },
              {
                path: ':buildingTeamId/sessies',
                element: <RequirePermission permission="session:read" />,
                children: [
                  { index: true, element: lazyPage(intervision, (m) => m.SessionsPage) },
                  { path: 'nieuw', element: lazyPage(intervision, (m) => m.PlanSessionPage) },
                ],
              },
              {
                path: ':buildingTeamId/inzicht',
                element: <RequirePermission permission="insight:read" />,
                children: [{ index: true, element: <InsightsPage /> }],
              },
              {
                path: ':buildingTeamId/registratierichtlijnen',
                element: <RequirePermission permission="guideline:read" />,
                children: [
                  { index: true, element: lazyPage(guidelines, (m) => m.GuidelineVersionsPage) },
                  { path: 'nieuw', element: lazyPage(guidelines, (m) => m.NewGuidelineVersionPage) },
                  { path: ':guidelineId', element: lazyPage(guidelines, (m) => m.GuidelineVersionPage) },
                ],
              },
              {
                path: ':buildingTeamId/systeemhobbels',
                element: <RequirePermission permission="obstacle:read" />,
                children: [{ index: true, element: <ObstaclesPage /> }],
              },
            ],
          },
          {
            path: 'sessies/:sessionId',
            element: <RequirePermission permission="session:read" />,
            children: [{ index: true, element: lazyPage(intervision, (m) => m.SessionPage) }],
          },
          {
            path: 'afspraken/nieuw',
            element: <RequirePermission permission="agreement:write" />,
            children: [{ index: true, element: lazyPage(agreements, (m) => m.NewAgreementPage) }],
          },
          {
            path: 'afspraken/:agreementId',
            element: <RequirePermission permission="agreement:read" />,
            children: [
              { index: true, element: lazyPage(agreements, (m) => m.AgreementPage) },
              { path: 'wijzigen', element: lazyPage(agreements, (m) => m.EditAgreementPage) },
              { path: 'versies/:versionId', element: lazyPage(agreements, (m) => m.VersionPage) },
              { path: 'versies/:versionId/bewerken', element: lazyPage(agreements, (m) => m.EditVersionPage) },
              { path: 'versies/:versionId/vergelijken', element: lazyPage(agreements, (m) => m.ComparePage) },
              { path: 'versies/:versionId/afdrukken', element: lazyPage(agreements, (m) => m.PrintPage) },
              { path: 'iteraties/nieuw', element: lazyPage(iterations, (m) => m.NewIterationPage) },
              { path: 'iteraties/:iterationId', element: lazyPage(iterations, (m) => m.IterationPage) },
            ],
          },
          {
            path: 'leergroepen',
            element: <RequirePermission permission="learning-group:read" />,
            children: [
              { index: true, element: lazyPage(agreements, (m) => m.LearningGroupsPage) },
              { path: ':learningGroupId', element: <LearningGroupPage /> },
            ],
          },
          {
            path: 'regio',
            element: <RequirePermission permission="gala-plan:read" />,
            children: [
              { index: true, element: lazyPage(gala, (m) => m.RegionChooserPage) },
              { path: ':regionId', element: lazyPage(gala, (m) => m.GalaDashboardPage) },
            ],
          },
          {
            path: 'gala-plannen/:planId',
            element: <RequirePermission permission="gala-plan:read" />,
            children: [
              { index: true, element: lazyPage(gala, (m) => m.GalaPlanPage) },
              { path: 'wijzigen', element: lazyPage(gala, (m) => m.EditGalaPlanPage) },
            ],
          },
          {
            path: 'kennisvouchers',
            element: <RequirePermission permission="voucher:read" />,
            children: [
              { index: true, element: lazyPage(vouchers, (m) => m.VouchersPage) },
              { path: 'nieuw', element: lazyPage(vouchers, (m) => m.NewVoucherPage) },
              { path: ':voucherId', element: lazyPage(vouchers, (m) => m.VoucherPage) },
            ],
          },
          {
            path: 'regio/:regionId/importeren',
            element: <RequirePermission permission="gala-plan:write" />,
            children: [{ index: true, element: lazyPage(galaIo, (m) => m.GalaImportPage) }],
          },
          { path: 'profiel', element: <ProfilePage /> },
          {
            path: 'beheer',
            children: [
              { index: true, element: lazyPage(admin, (m) => m.AdminIndexPage) },
              {
                path: 'organisaties',
                element: <RequirePermission permission="organisation:write" />,
                children: [
                  { index: true, element: lazyPage(admin, (m) => m.OrganisationsPage) },
                  { path: 'nieuw', element: lazyPage(admin, (m) => m.NewOrganisationPage) },
                  { path: ':organisationId', element: lazyPage(admin, (m) => m.EditOrganisationPage) },
                ],
              },
              {
                path: 'regios',
                element: <RequirePermission permission="region:write" />,
                children: [
                  { index: true, element: lazyPage(admin, (m) => m.RegionsPage) },
                  { path: 'nieuw', element: lazyPage(admin, (m) => m.NewRegionPage) },
                  { path: ':regionId', element: lazyPage(admin, (m) => m.EditRegionPage) },
                ],
              },
              {
                path: 'personen',
                element: <RequirePermission permission="person:read" />,
                children: [
                  { index: true, element: lazyPage(admin, (m) => m.PeoplePage) },
                  { path: 'nieuw', element: lazyPage(admin, (m) => m.NewPersonPage) },
                  { path: ':personId', element: lazyPage(admin, (m) => m.EditPersonPage) },
                ],
              },
              {
                path: 'lidmaatschappen',
                element: <RequirePermission permission="membership:read" />,
                children: [{ index: true, element: lazyPage(admin, (m) => m.MembershipsPage) }],
              },
              {
                path: 'toegangslog',
                element: <RequirePermission permission="access-log:read" />,
                children: [{ index: true, element: lazyPage(admin, (m) => m.AccessLogPage) }],
              },
              {
                path: 'methoden',
                element: <RequirePermission permission="method:write" />,
                children: [
                  { index: true, element: lazyPage(methods, (m) => m.MethodsPage) },
                  { path: 'nieuw', element: lazyPage(methods, (m) => m.NewMethodPage) },
                  { path: ':methodId/wijzigen', element: lazyPage(methods, (m) => m.EditMethodPage) },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
