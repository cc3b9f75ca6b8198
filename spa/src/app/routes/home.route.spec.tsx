import { screen } from '@testing-library/react';
import { chart, connection, me, page } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

describe('home route', () => {
  it('walks a newcomer to the next step, with the button that takes it', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([]),
    });
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: 'Get started' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Connect a Notion workspace (done)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Add a dataset');
    expect(screen.getByRole('link', { name: 'Add a dataset' })).toHaveAttribute(
      'href',
      '/datasets/new',
    );
  });

  it('is the chart list once there are charts', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([chart()]),
    });
    const { router } = renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Deals by stage' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/charts');
  });
});
