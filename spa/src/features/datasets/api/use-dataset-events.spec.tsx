import type { DatasetEvent, SyncProgress } from '@notionchartkit/shared';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SYNC_POLL_MS } from '../../../config/app-config';
import { createQueryClient } from '../../../lib/query-client';
import { dataset, minutesAgo, page } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { datasetRowsQueryKey } from './get-dataset-rows';
import { useLiveDataset } from './use-dataset-events';

/** Stands in for the browser's EventSource, which jsdom lacks; the test plays the server. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, ((message: MessageEvent) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (message: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  connect(): void {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }

  send(event: DatasetEvent): void {
    const message = new MessageEvent(event.type, { data: JSON.stringify(event) });
    for (const listener of this.listeners.get(event.type) ?? []) listener(message);
  }

  /** The connection dropped; EventSource tries again by itself. */
  drop(): void {
    this.readyState = FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

const startedAt = minutesAgo(0);
const progress = (phase: SyncProgress['phase'], rowsFetched: number): SyncProgress => ({
  phase,
  rowsFetched,
  startedAt,
});

function renderLiveDataset(queryClient: QueryClient) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useLiveDataset('d1'), { wrapper });
}

/** The one stream the hook opened. */
async function stream(): Promise<FakeEventSource> {
  await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
  return FakeEventSource.opened[0];
}

describe('useLiveDataset: sync progress from the dataset event stream (issue #5)', () => {
  let queryClient: QueryClient;

  beforeEach(() => {
    FakeEventSource.opened = [];
    Object.assign(globalThis, { EventSource: FakeEventSource });
    queryClient = createQueryClient();
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'EventSource');
    jest.useRealTimers();
  });

  it('maps state, progress and synced into the cache, then reads the dataset and its rows again', async () => {
    const syncedAt = minutesAgo(0);
    let reads = 0;
    const api = mockApi({
      'GET /api/datasets/d1': () => {
        reads++;
        return reads === 1
          ? dataset({ status: 'pending', sync: null, rowCount: 400 })
          : dataset({ lastSyncedAt: syncedAt, rowCount: 420 });
      },
    });
    const oldRows = datasetRowsQueryKey('d1', dataset().lastSyncedAt);
    queryClient.setQueryData(oldRows, page([]));
    const { result } = renderLiveDataset(queryClient);

    const source = await stream();
    expect(source.url).toBe('/api/datasets/d1/events');
    // The cache tells its observers on the next tick.
    const shows = (expected: object) =>
      waitFor(() => expect(result.current.data).toMatchObject(expected));
    act(() => {
      source.connect();
      source.send({
        type: 'state',
        status: 'syncing',
        sync: progress('schema', 0),
        syncQueued: false,
      });
    });
    await shows({ status: 'syncing', sync: progress('schema', 0) });

    act(() => source.send({ type: 'progress', progress: progress('rows', 300) }));
    await shows({ status: 'syncing', sync: progress('rows', 300) });
    act(() => source.send({ type: 'progress', progress: progress('saving', 420) }));
    await shows({ sync: progress('saving', 420) });

    act(() => source.send({ type: 'synced', rowCount: 420, lastSyncedAt: syncedAt }));
    await shows({ status: 'ready', sync: null, rowCount: 420, lastSyncedAt: syncedAt });
    // The sync is over: the stream closes, and what it did not tell is read again.
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(queryClient.getQueryState(oldRows)?.isInvalidated).toBe(true);
    await waitFor(() => expect(api.callsTo('GET', '/api/datasets/d1')).toHaveLength(2));
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('reads the dataset again after a failed sync, and again when the stream says it ended before it opened', async () => {
    let reads = 0;
    const api = mockApi({
      'GET /api/datasets/d1': () => {
        reads++;
        return dataset({ status: 'syncing', sync: progress('rows', reads) });
      },
    });
    renderLiveDataset(queryClient);
    const source = await stream();
    act(() => {
      source.connect();
      source.send({ type: 'failed', message: 'Notion is unavailable.', retrying: true });
    });
    await waitFor(() => expect(api.callsTo('GET', '/api/datasets/d1')).toHaveLength(2));
    act(() => source.send({ type: 'state', status: 'ready', sync: null, syncQueued: false }));
    await waitFor(() => expect(api.callsTo('GET', '/api/datasets/d1')).toHaveLength(3));
  });

  it('polls while the stream is down and not while it is open', async () => {
    jest.useFakeTimers();
    const api = mockApi({
      'GET /api/datasets/d1': dataset({ status: 'syncing', sync: progress('rows', 100) }),
    });
    const reads = () => api.callsTo('GET', '/api/datasets/d1').length;
    renderLiveDataset(queryClient);
    const source = await stream();
    expect(reads()).toBe(1);
    // Not connected yet: the dataset is polled as before.
    await act(() => jest.advanceTimersByTimeAsync(SYNC_POLL_MS));
    expect(reads()).toBe(2);

    act(() => source.connect());
    await act(() => jest.advanceTimersByTimeAsync(SYNC_POLL_MS * 3));
    expect(reads()).toBe(2);

    act(() => source.drop());
    await act(() => jest.advanceTimersByTimeAsync(SYNC_POLL_MS));
    expect(reads()).toBe(3);
  });

  it('polls as before where there is no EventSource', async () => {
    Reflect.deleteProperty(globalThis, 'EventSource');
    jest.useFakeTimers();
    const api = mockApi({
      'GET /api/datasets/d1': dataset({ status: 'syncing', sync: progress('rows', 100) }),
    });
    const { result } = renderLiveDataset(queryClient);
    await waitFor(() => expect(result.current.data?.sync).toEqual(progress('rows', 100)));
    await act(() => jest.advanceTimersByTimeAsync(SYNC_POLL_MS));
    expect(api.callsTo('GET', '/api/datasets/d1')).toHaveLength(2);
    expect(FakeEventSource.opened).toHaveLength(0);
  });

  it('opens no stream for a dataset that is not syncing', async () => {
    mockApi({ 'GET /api/datasets/d1': dataset() });
    const { result } = renderLiveDataset(queryClient);
    await waitFor(() => expect(result.current.data?.status).toBe('ready'));
    expect(FakeEventSource.opened).toHaveLength(0);
  });

  it('follows a ready dataset whose sync is queued ("Sync now"), until that sync has run', async () => {
    const syncedAt = minutesAgo(0);
    let reads = 0;
    mockApi({
      'GET /api/datasets/d1': () => {
        reads++;
        return reads === 1
          ? dataset({ status: 'ready', syncQueued: true })
          : dataset({ lastSyncedAt: syncedAt, syncQueued: false });
      },
    });
    const { result } = renderLiveDataset(queryClient);
    const source = await stream();
    act(() => {
      source.connect();
      // The worker has not picked it up yet: still queued, so the stream stays open.
      source.send({ type: 'state', status: 'ready', sync: null, syncQueued: true });
    });
    expect(source.readyState).toBe(FakeEventSource.OPEN);
    act(() => source.send({ type: 'progress', progress: progress('rows', 100) }));
    await waitFor(() => expect(result.current.data?.sync).toEqual(progress('rows', 100)));
    act(() => source.send({ type: 'synced', rowCount: 420, lastSyncedAt: syncedAt }));
    await waitFor(() => expect(result.current.data?.syncQueued).toBe(false));
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });
});
