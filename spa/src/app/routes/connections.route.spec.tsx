import type { Connection } from '@notionchartkit/shared';
import { screen, within } from '@testing-library/react';
import { chart, connection, dataset, me, page } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

describe('connections page', () => {
  it('says to connect a workspace when there is none, with the button', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([]),
    });
    renderRoute('/connections');
    const empty = await screen.findByRole('heading', {
      name: 'Connect a Notion workspace to get started',
    });
    expect(empty.closest('section')).toContainElement(
      screen.getAllByRole('link', { name: 'Connect with Notion' })[0],
    );
  });

  it('lists workspaces with their status and offers to reconnect a revoked one', async () => {
    const revoked: Connection = {
      ...connection,
      id: 'c2',
      workspaceName: 'Old Co',
      status: 'revoked',
    };
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection, revoked]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([]),
    });
    renderRoute('/connections');
    const list = await screen.findByRole('list', { name: 'Connections' });
    const [acme, old] = within(list).getAllByRole('listitem');
    expect(acme).toHaveTextContent('Acme');
    expect(acme).toHaveTextContent('Active');
    expect(old).toHaveTextContent('Access revoked');
    expect(within(old).getByRole('link', { name: 'Reconnect with Notion' })).toHaveAttribute(
      'href',
      '/api/auth/notion',
    );
  });

  it('says what goes with a workspace before removing it', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([dataset()]),
      'GET /api/charts': page([chart(), chart({ id: 'ch2', name: 'Revenue' })]),
      'DELETE /api/connections/c1': { status: 204 },
    });
    const { user } = renderRoute('/connections');
    await user.click(await screen.findByRole('button', { name: 'Remove Acme' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Acme?' });
    expect(dialog).toHaveTextContent(
      'This also deletes its 1 dataset (Sales pipeline) and 2 charts built on them.',
    );
    expect(dialog).toHaveTextContent('Embeds of those charts stop working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove connection' }));
    expect(await screen.findByText('Removed Acme.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/connections/c1')).toHaveLength(1);
  });

  it('adds an internal integration token, showing Notion’s refusal at the field', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([]),
      'GET /api/charts': page([]),
      'POST /api/connections': apiError(422, 'Notion rejected the token: API token is invalid.'),
    });
    const { user } = renderRoute('/connections');
    await user.type(await screen.findByLabelText('Integration secret'), 'secret_abc');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));
    const secret = screen.getByLabelText('Integration secret');
    expect(
      await screen.findAllByText('Notion rejected the token: API token is invalid.'),
    ).not.toHaveLength(0);
    expect(secret).toHaveAccessibleDescription(
      expect.stringContaining('Notion rejected the token: API token is invalid.'),
    );
    expect(api.callsTo('POST', '/api/connections')[0].body).toEqual({ token: 'secret_abc' });
  });
});
