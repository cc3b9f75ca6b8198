import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRoute } from './routes/home.route';

export const routes: RouteObject[] = [{ path: '/', element: <HomeRoute /> }];

export const router = createBrowserRouter(routes);
