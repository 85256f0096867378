import { createBrowserRouter, type RouteObject } from 'react-router';
import { BuildingTeamsPage } from '../features/building-teams';
import { AppLayout } from './AppLayout';
import { RouteErrorPage } from './RouteErrorPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartPage } from './routes/StartPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'bouwteams', element: <BuildingTeamsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
