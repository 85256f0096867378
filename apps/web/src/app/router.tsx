import { createBrowserRouter, type RouteObject } from 'react-router';
import {
  AccessLogPage,
  AdminIndexPage,
  EditOrganisationPage,
  EditPersonPage,
  EditRegionPage,
  MembershipsPage,
  NewOrganisationPage,
  NewPersonPage,
  NewRegionPage,
  OrganisationsPage,
  PeoplePage,
  RegionsPage,
} from '../features/admin';
import { BuildingTeamPage, BuildingTeamsPage, EditBuildingTeamPage, NewBuildingTeamPage } from '../features/building-teams';
import { CasePage, CasesPage, EditCasePage, NewCasePage } from '../features/cases';
import { LessonsPage, NewLessonPage, ObstaclesPage } from '../features/lessons';
import { ProfilePage } from '../features/profile';
import { SignInPage } from '../features/session';
import { AppLayout } from './AppLayout';
import { RequirePermission, RequireSignIn } from './guards';
import { RouteErrorPage } from './RouteErrorPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartPage } from './routes/StartPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'aanmelden', element: <SignInPage /> },
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
                ],
              },
              {
                path: ':buildingTeamId/systeemhobbels',
                element: <RequirePermission permission="obstacle:read" />,
                children: [{ index: true, element: <ObstaclesPage /> }],
              },
            ],
          },
          { path: 'profiel', element: <ProfilePage /> },
          {
            path: 'beheer',
            children: [
              { index: true, element: <AdminIndexPage /> },
              {
                path: 'organisaties',
                element: <RequirePermission permission="organisation:write" />,
                children: [
                  { index: true, element: <OrganisationsPage /> },
                  { path: 'nieuw', element: <NewOrganisationPage /> },
                  { path: ':organisationId', element: <EditOrganisationPage /> },
                ],
              },
              {
                path: 'regios',
                element: <RequirePermission permission="region:write" />,
                children: [
                  { index: true, element: <RegionsPage /> },
                  { path: 'nieuw', element: <NewRegionPage /> },
                  { path: ':regionId', element: <EditRegionPage /> },
                ],
              },
              {
                path: 'personen',
                element: <RequirePermission permission="person:read" />,
                children: [
                  { index: true, element: <PeoplePage /> },
                  { path: 'nieuw', element: <NewPersonPage /> },
                  { path: ':personId', element: <EditPersonPage /> },
                ],
              },
              {
                path: 'lidmaatschappen',
                element: <RequirePermission permission="membership:read" />,
                children: [{ index: true, element: <MembershipsPage /> }],
              },
              {
                path: 'toegangslog',
                element: <RequirePermission permission="access-log:read" />,
                children: [{ index: true, element: <AccessLogPage /> }],
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
