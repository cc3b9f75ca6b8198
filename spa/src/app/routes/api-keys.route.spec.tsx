import type { ApiKeySummary } from '@notionchartkit/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { apiKey, me, page } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const secret = 'nck_live_0123456789abcdef';

describe('API keys page', () => {
  it('says what keys are for when there are none', async () => {
    mockApi({ 'GET /api/auth/me': me, 'GET /api/api-keys': page([]) });
    renderRoute('/api-keys');
    expect(await screen.findByRole('heading', { name: 'No API keys yet' })).toBeInTheDocument();
  });

  it('shows a new key once, with a copy button, and never again', async () => {
    let keys: ApiKeySummary[] = [];
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/api-keys': () => page(keys),
      'POST /api/api-keys': () => {
        keys = [apiKey];
        return { status: 201, body: { ...apiKey, key: secret } };
      },
    });
    const { user } = renderRoute('/api-keys');
    await user.type(await screen.findByLabelText('Key name'), 'Reporting script');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText(secret)).toBeInTheDocument();
    expect(screen.getByText(/this is the only time it is shown/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(api.callsTo('POST', '/api/api-keys')[0].body).toEqual({ name: 'Reporting script' });

    const list = await screen.findByRole('list', { name: 'API keys' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(/Reporting script.*never used/);

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Key name')).toBeInTheDocument();
  });

  it('asks for a name before creating', async () => {
    const api = mockApi({ 'GET /api/auth/me': me, 'GET /api/api-keys': page([]) });
    const { user } = renderRoute('/api-keys');
    await user.click(await screen.findByRole('button', { name: 'Create key' }));
    expect(screen.getByLabelText('Key name')).toHaveAccessibleDescription(
      expect.stringContaining('Give the key a name.'),
    );
    expect(api.callsTo('POST', '/api/api-keys')).toHaveLength(0);
  });

  it('revokes a key after confirming', async () => {
    let keys = [apiKey];
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/api-keys': () => page(keys),
      'DELETE /api/api-keys/k1': () => {
        keys = [];
        return { status: 204 };
      },
    });
    const { user } = renderRoute('/api-keys');
    await user.click(await screen.findByRole('button', { name: 'Revoke Reporting script' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “Reporting script”?' });
    expect(dialog).toHaveTextContent('stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByRole('heading', { name: 'No API keys yet' })).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/api-keys/k1')).toHaveLength(1);
  });

  it('toasts the API’s message when an action fails', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/api-keys': page([]),
      'POST /api/api-keys': apiError(429, 'Too many requests; try again in 30 seconds.'),
    });
    const { user } = renderRoute('/api-keys');
    await user.type(await screen.findByLabelText('Key name'), 'CI');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const toasts = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() =>
      expect(toasts).toHaveTextContent('Too many requests; try again in 30 seconds.'),
    );
  });
});
