import { createBrowserRouter, type RouteObject } from 'react-router';
import { Skeleton } from '../components/ui/skeleton';
import { RootLayout } from './layouts/root-layout';
import { RouteError } from './layouts/route-error';
import { SignedInLayout } from './layouts/signed-in-layout';
import { AddDatasetRoute } from './routes/add-dataset.route';
import { ApiKeysRoute } from './routes/api-keys.route';
import { ChartsRoute } from './routes/charts.route';
import { ConnectionsRoute } from './routes/connections.route';
import { DatasetRoute } from './routes/dataset.route';
import { DatasetsRoute } from './routes/datasets.route';
import { HomeRoute } from './routes/home.route';
import { NotFoundRoute } from './routes/not-found.route';
import { SignInRoute } from './routes/sign-in.route';

/** The builder brings Chart.js and the chart engine: loaded only when a chart is opened. */
const chartBuilder = {
  lazy: async () => {
    const { ChartBuilderRoute } = await import('./routes/chart-builder.route');
    return { Component: ChartBuilderRoute };
  },
  hydrateFallbackElement: <Skeleton lines={10} label="Loading the chart builder" />,
};

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', element: <SignInRoute /> },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'charts', element: <ChartsRoute /> },
          { path: 'charts/new', ...chartBuilder },
          { path: 'charts/:chartId', ...chartBuilder },
          { path: 'datasets', element: <DatasetsRoute /> },
          { path: 'datasets/new', element: <AddDatasetRoute /> },
          { path: 'datasets/:datasetId', element: <DatasetRoute /> },
          { path: 'connections', element: <ConnectionsRoute /> },
          { path: 'api-keys', element: <ApiKeysRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
