import type { Chart, CreateChartRequest } from '@notionchartkit/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { chart, dataset, me, page, rows } from '../../test/fixtures';
import { apiError, mockApi, type MockRequest } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

function mockBuilderApi(overrides: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/auth/me': me,
    'GET /api/datasets': page([dataset()]),
    'GET /api/datasets/d1': dataset(),
    'GET /api/datasets/d1/rows': page(rows),
    'GET /api/charts/ch1': chart(),
    ...overrides,
  });
}

/** The preview's data table, row by row, as screen readers read it. */
async function previewTable() {
  const table = await screen.findByRole('table', { name: /^Data of/ });
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('chart builder', () => {
  it('starts a new chart with a live preview of the dataset: count by stage', async () => {
    mockBuilderApi();
    renderRoute('/charts/new');
    expect(await screen.findByRole('heading', { name: 'New chart' })).toBeInTheDocument();
    expect(screen.getByLabelText('Chart name')).toHaveValue('Sales pipeline');
    expect(await previewTable()).toEqual([
      ['Category', 'Count'],
      ['Lead', '1'],
      ['Won', '2'],
      ['Lost', '1'],
    ]);
  });

  it('offers only number properties to sum, and recomputes the preview', async () => {
    mockBuilderApi();
    const { user } = renderRoute('/charts/new');
    const aggregation = await screen.findByLabelText('Aggregation of measure 1');
    await user.selectOptions(aggregation, 'Sum');
    const property = screen.getByLabelText('Property of measure 1');
    expect(optionTexts(property)).toEqual(['Choose a property…', 'Amount (Number)']);
    expect(property).toHaveValue('amt');
    expect(await previewTable()).toEqual([
      ['Category', 'Sum of Amount'],
      ['Lead', '$0.00'],
      ['Won', '$350.00'],
      ['Lost', '$50.00'],
    ]);
  });

  it('shows the date bucket only for a date on the x axis', async () => {
    mockBuilderApi();
    const { user } = renderRoute('/charts/new');
    const x = await screen.findByLabelText('Property on the x axis');
    expect(screen.queryByLabelText('Date bucket')).not.toBeInTheDocument();
    await user.selectOptions(x, 'Closed (Date)');
    expect(screen.getByLabelText('Date bucket')).toHaveValue('month');
    expect(await previewTable()).toEqual([
      ['Date', 'Count'],
      ['Jan 2026', '1'],
      ['Feb 2026', '2'],
      ['(empty)', '1'],
    ]);
    await user.selectOptions(x, 'Stage (Status)');
    expect(screen.queryByLabelText('Date bucket')).not.toBeInTheDocument();
  });

  it('shows a big figure for a number chart', async () => {
    mockBuilderApi();
    const { user } = renderRoute('/charts/new');
    await user.click(await screen.findByRole('radio', { name: /Number/ }));
    expect(screen.queryByLabelText('Property on the x axis')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Aggregation of measure 1'), 'Sum');
    expect(await previewTable()).toEqual([
      ['Measure', 'Value'],
      ['Sum of Amount', '$400.00'],
    ]);
  });

  it('shows a problem at its field and pauses the preview until it is fixed', async () => {
    mockBuilderApi();
    const { user } = renderRoute('/charts/new');
    await user.selectOptions(
      await screen.findByLabelText('Property on the x axis'),
      'Closed (Date)',
    );
    await user.type(screen.getByLabelText('Limit'), '2');
    expect(screen.getByLabelText('Limit')).toHaveAccessibleDescription(
      expect.stringContaining('A date or bin axis shows every bucket; limit works on categories.'),
    );
    expect(screen.getByLabelText('Limit')).toBeInvalid();
    expect(screen.queryByRole('table', { name: /^Data of/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/comes back as soon as the highlighted fields are fixed/),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Limit'));
    expect(await screen.findByRole('table', { name: /^Data of/ })).toBeInTheDocument();
  });

  it('saves a new chart and opens it with its share panel', async () => {
    let created: CreateChartRequest | undefined;
    const api = mockBuilderApi({
      'POST /api/charts': ({ body }: MockRequest) => {
        created = body as CreateChartRequest;
        return {
          status: 201,
          body: chart({ id: 'ch2', name: created.name, config: created.config }),
        };
      },
    });
    const { user, router } = renderRoute('/charts/new');
    const name = await screen.findByLabelText('Chart name');
    await user.clear(name);
    await user.type(name, 'Deals by stage');
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/charts/ch2'));
    expect(created).toMatchObject({
      datasetId: 'd1',
      name: 'Deals by stage',
      config: { type: 'bar', x: { property: 'stg' }, y: [{ aggregation: 'count' }] },
    });
    expect(await screen.findByRole('heading', { name: 'Share and embed' })).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('does not save without a name, and says so at the field', async () => {
    const api = mockBuilderApi();
    const { user } = renderRoute('/charts/new');
    await user.clear(await screen.findByLabelText('Chart name'));
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    expect(screen.getByLabelText('Chart name')).toHaveAccessibleDescription(
      'Give the chart a name.',
    );
    expect(api.callsTo('POST', '/api/charts')).toHaveLength(0);
  });

  it('maps the API’s field problems to the fields and toasts its message', async () => {
    mockBuilderApi({
      'PATCH /api/charts/ch1': apiError(422, 'config.x.property is no longer in the dataset', [
        { field: 'config.x.property', problem: 'no property with id "stg" in this dataset' },
      ]),
    });
    const { user } = renderRoute('/charts/ch1');
    const name = await screen.findByLabelText('Chart name');
    await user.type(name, '!');
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    expect(
      await screen.findByText('config.x.property is no longer in the dataset'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Property on the x axis')).toHaveAccessibleDescription(
      'No property with id "stg" in this dataset.',
    );
  });

  it('duplicates and deletes a saved chart', async () => {
    const api = mockBuilderApi({
      'POST /api/charts': {
        status: 201,
        body: chart({ id: 'ch3', name: 'Deals by stage (copy)' }),
      },
      'GET /api/charts': page([]),
      'DELETE /api/charts/ch3': { status: 204 },
    });
    const { user, router } = renderRoute('/charts/ch1');
    await user.click(await screen.findByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/charts/ch3'));
    expect(api.callsTo('POST', '/api/charts')[0].body).toMatchObject({
      name: 'Deals by stage (copy)',
      datasetId: 'd1',
    });
    await screen.findByRole('heading', { name: 'Deals by stage (copy)' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Deals by stage (copy)?' });
    expect(dialog).toHaveTextContent('Its embeds and links stop working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete chart' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/charts'));
    expect(api.callsTo('DELETE', '/api/charts/ch3')).toHaveLength(1);
  });
});

describe('share panel', () => {
  it('copies the Notion link, the iframe and the script tag', async () => {
    mockBuilderApi();
    const { user } = renderRoute('/charts/ch1');
    const saved = chart();
    for (const [label, text] of [
      ['Copy link', saved.embed.url],
      ['Copy iframe', saved.embed.iframe],
      ['Copy script tag', saved.embed.script],
    ]) {
      await user.click(await screen.findByRole('button', { name: label }));
      expect(await navigator.clipboard.readText()).toBe(text);
      expect(screen.getAllByRole('button', { name: 'Copied' }).length).toBeGreaterThan(0);
    }
  });

  it('previews the embed while public and says what to do while private', async () => {
    mockBuilderApi({
      'PATCH /api/charts/ch1': ({ body }: MockRequest) => chart(body as Partial<Chart>),
    });
    const { user } = renderRoute('/charts/ch1');
    expect(await screen.findByTitle('Embed preview of Deals by stage')).toHaveAttribute(
      'src',
      chart().embed.url,
    );
    await user.click(screen.getByRole('switch', { name: /Public/ }));
    expect(
      await screen.findByText('Make the chart public to see the embed as readers will.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Public/ })).not.toBeChecked();
  });

  it('checks allowed origins before saving them', async () => {
    const api = mockBuilderApi({
      'PATCH /api/charts/ch1': ({ body }: MockRequest) => chart(body as Partial<Chart>),
    });
    const { user } = renderRoute('/charts/ch1');
    const origins = await screen.findByLabelText('Sites allowed to embed');
    await user.type(origins, 'example.com/page');
    await user.click(screen.getByRole('button', { name: 'Save allowed sites' }));
    expect(origins).toHaveAccessibleDescription(expect.stringContaining('is not a site origin'));
    await user.clear(origins);
    await user.type(origins, 'https://example.com/');
    await user.click(screen.getByRole('button', { name: 'Save allowed sites' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/charts/ch1')[0]?.body).toEqual({
        allowedOrigins: ['https://example.com'],
      }),
    );
  });

  it('rotates the key after a warning, and shows the new snippets', async () => {
    const rotated = chart({
      publicKey: 'key-two',
      embed: {
        url: 'http://localhost/e/key-two',
        iframe: '<iframe key-two>',
        script: '<script key-two>',
      },
    });
    mockBuilderApi({ 'POST /api/charts/ch1/rotate-key': rotated });
    const { user } = renderRoute('/charts/ch1');
    await user.click(await screen.findByRole('button', { name: 'Rotate key' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the embed key?' });
    expect(dialog).toHaveTextContent('stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate key' }));
    expect(await screen.findByText('http://localhost/e/key-two')).toBeInTheDocument();
  });
});
