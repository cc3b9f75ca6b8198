import { screen } from '@testing-library/react';
import { me, page } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

describe('sign-in route', () => {
  it('offers Sign in with Notion as a link to the API', async () => {
    mockApi({ 'GET /api/auth/me': apiError(401, 'Unauthorized') });
    renderRoute('/sign-in');
    expect(
      await screen.findByRole('heading', { name: 'Sign in to NotionChartKit' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in with Notion' })).toHaveAttribute(
      'href',
      '/api/auth/notion',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the readable ?error= of a failed sign-in', async () => {
    mockApi({ 'GET /api/auth/me': apiError(401, 'Unauthorized') });
    renderRoute('/sign-in?error=Notion%20said%20no');
    expect(await screen.findByRole('alert')).toHaveTextContent('Notion said no');
  });

  it('reads ?signInError=<code> with the contract message', async () => {
    mockApi({ 'GET /api/auth/me': apiError(401, 'Unauthorized') });
    renderRoute('/sign-in?signInError=state_expired');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This sign-in took too long and expired. Please start again.',
    );
  });

  it('sends a signed-out visitor of / to sign in, carrying the sign-in error along', async () => {
    mockApi({ 'GET /api/auth/me': apiError(401, 'Unauthorized') });
    const { router } = renderRoute('/?signInError=access_denied');
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled on Notion');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('sends a signed-in visitor on to the app', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([]),
    });
    const { router } = renderRoute('/sign-in');
    expect(await screen.findByRole('heading', { name: 'Get started' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends the user to sign in when any request answers 401 later', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/api-keys': apiError(401, 'Unauthorized'),
    });
    const { router } = renderRoute('/api-keys');
    expect(await screen.findByRole('link', { name: 'Sign in with Notion' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
