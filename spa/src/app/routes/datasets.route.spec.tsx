import type { DataSourceSummary } from '@notionchartkit/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { connection, dataset, me, minutesAgo, page, rows } from '../../test/fixtures';
import { apiError, mockApi, type MockRequest } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const source = (title: string, id: string): DataSourceSummary => ({
  databaseId: `db-${id}`,
  dataSourceId: id,
  title,
  icon: '📈',
  url: null,
  lastEditedTime: minutesAgo(10),
});

describe('datasets list', () => {
  it('shows status, row count, last and next sync', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/datasets': page([
        dataset(),
        dataset({ id: 'd2', name: 'Tasks', status: 'error', refreshIntervalMinutes: 0 }),
      ]),
      'GET /api/connections': page([connection]),
    });
    renderRoute('/datasets');
    const [, sales, tasks] = within(
      await screen.findByRole('table', { name: 'Datasets' }),
    ).getAllByRole('row');
    expect(within(sales).getByRole('link', { name: 'Sales pipeline' })).toHaveAttribute(
      'href',
      '/datasets/d1',
    );
    expect(sales).toHaveTextContent('Ready');
    expect(sales).toHaveTextContent('4');
    expect(sales).toHaveTextContent('3 min ago');
    expect(sales).toHaveTextContent('in 12 min');
    expect(tasks).toHaveTextContent('Sync failed');
    expect(tasks).toHaveTextContent('Manual only');
  });

  it('says what to do next when there are no datasets', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/datasets': page([]),
      'GET /api/connections': page([connection]),
    });
    renderRoute('/datasets');
    expect(
      await screen.findByRole('heading', { name: 'Add your first dataset' }),
    ).toBeInTheDocument();
  });
});

describe('adding a dataset', () => {
  it('searches the connection’s data sources and adds one', async () => {
    const api = mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([]),
      'GET /api/connections/c1/sources': ({ query }: MockRequest) =>
        query.get('query') === 'tas'
          ? page([source('Tasks', 'ds2')])
          : page([source('Sales pipeline', 'ds1'), source('Tasks', 'ds2')]),
      'POST /api/datasets': {
        status: 201,
        body: dataset({ id: 'd2', name: 'Tasks', status: 'pending' }),
      },
      'GET /api/datasets/d2': dataset({
        id: 'd2',
        name: 'Tasks',
        status: 'pending',
        rowCount: 0,
        schema: [],
      }),
      'GET /api/datasets/d2/rows': page([]),
      'GET /api/charts': page([]),
    });
    const { user, router } = renderRoute('/datasets/new');
    const list = await screen.findByRole('list', { name: 'Notion databases' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.type(screen.getByLabelText('Search databases'), 'tas');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Notion databases' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    await user.click(screen.getByRole('button', { name: 'Add Tasks' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/datasets/d2'));
    expect(api.callsTo('POST', '/api/datasets')[0].body).toEqual({
      connectionId: 'c1',
      dataSourceId: 'ds2',
    });
    expect(await screen.findByText('Sync queued, starting soon…')).toBeInTheDocument();
  });

  it('links to a data source that already is a dataset', async () => {
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/connections': page([connection]),
      'GET /api/datasets': page([dataset()]),
      'GET /api/connections/c1/sources': page([source('Sales pipeline', 'ds1')]),
    });
    renderRoute('/datasets/new');
    expect(
      await screen.findByRole('link', { name: /Added · open Sales pipeline/ }),
    ).toHaveAttribute('href', '/datasets/d1');
  });
});

describe('dataset detail', () => {
  const detailApi = (overrides: Record<string, unknown> = {}) =>
    mockApi({
      'GET /api/auth/me': me,
      'GET /api/datasets/d1': dataset(),
      'GET /api/datasets/d1/rows': ({ query }: MockRequest) =>
        query.get('cursor') === 'next' ? page(rows.slice(2)) : page(rows.slice(0, 2), 'next'),
      'GET /api/charts': page([]),
      ...overrides,
    });

  it('shows the schema with types and pages through rows', async () => {
    detailApi();
    const { user } = renderRoute('/datasets/d1');
    const properties = await screen.findByRole('list', { name: 'Properties' });
    expect(
      within(properties)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain('#AmountNumber · dollar');
    const table = await screen.findByRole('table', { name: /Rows 1 to 2/ });
    expect(table).toHaveTextContent('$100.00');
    expect(screen.getByText('Rows 1–2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('table', { name: /Rows 3 to 4/ })).toHaveTextContent('Lost');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('table', { name: /Rows 1 to 2/ })).toBeInTheDocument();
  });

  it('syncs now and shows the sync’s progress live', async () => {
    let reads = 0;
    const api = detailApi({
      'POST /api/datasets/d1/sync': { status: 202, body: { jobId: 'j1' } },
      'GET /api/datasets/d1': () => {
        reads++;
        if (reads === 1) return dataset();
        if (reads === 2)
          return dataset({
            status: 'syncing',
            sync: { phase: 'rows', rowsFetched: 2, startedAt: minutesAgo(0) },
          });
        return dataset({ lastSyncedAt: minutesAgo(0) });
      },
    });
    const { user } = renderRoute('/datasets/d1');
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(api.callsTo('POST', '/api/datasets/d1/sync')[0].body).toEqual({ mode: 'full' });
    expect(await screen.findByText('Reading rows: 2 rows read of about 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await waitFor(() => expect(screen.queryByText(/rows read/)).not.toBeInTheDocument(), {
      timeout: 4000,
    });
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });

  it('explains a failed sync and what to do about it', async () => {
    detailApi({
      'GET /api/datasets/d1': dataset({
        status: 'error',
        lastError: 'Notion answered 404: object_not_found',
      }),
    });
    renderRoute('/datasets/d1');
    const error = await screen.findByRole('region', { name: 'The last sync failed' });
    expect(error).toHaveTextContent('Notion answered 404: object_not_found');
    expect(error).toHaveTextContent('no longer shared with NotionChartKit');
  });

  it('saves the sync interval', async () => {
    const api = detailApi({
      'PATCH /api/datasets/d1': ({ body }: MockRequest) => dataset(body as object),
    });
    const { user } = renderRoute('/datasets/d1');
    await user.selectOptions(await screen.findByLabelText('Sync'), 'Every hour');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/datasets/d1')[0]?.body).toEqual({
        name: 'Sales pipeline',
        refreshIntervalMinutes: 60,
      }),
    );
    expect(await screen.findByText('Dataset settings saved.')).toBeInTheDocument();
  });

  it('shows the API’s message when the dataset cannot be loaded', async () => {
    detailApi({ 'GET /api/datasets/d1': apiError(404, 'Dataset not found') });
    renderRoute('/datasets/d1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Dataset not found');
  });
});
