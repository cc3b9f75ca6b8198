import type { DatasetEvent } from '@notionchartkit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { API_BASE } from '../../../config/app-config';
import { applyDatasetEvent, DATASET_EVENT_TYPES, endsSync } from '../dataset-events';
import { type DatasetWithSync, isSyncing } from '../dataset-sync';
import { datasetQueryKey, useDataset } from './get-dataset';
import { allDatasetRowsQueryKey } from './get-dataset-rows';
import { datasetListQueryKey } from './get-datasets';

export const datasetEventsUrl = (id: string) =>
  `${API_BASE}/datasets/${encodeURIComponent(id)}/events`;

function parse(data: unknown): DatasetEvent | null {
  try {
    return typeof data === 'string' ? (JSON.parse(data) as DatasetEvent) : null;
  } catch {
    return null;
  }
}

/**
 * While `watching`, follows the dataset's event stream into the query cache: progress as it
 * comes, and a fresh read of the dataset and its rows when the sync ends. Tells `setLive`
 * whether the stream is open; while it is not (no EventSource, an error, reconnecting) the
 * caller polls.
 */
export function useDatasetEvents(
  id: string,
  watching: boolean,
  setLive: (live: boolean) => void,
): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!watching || typeof EventSource === 'undefined') return;
    const source = new EventSource(datasetEventsUrl(id));
    const receive = (message: MessageEvent<unknown>) => {
      const event = parse(message.data);
      if (!event) return;
      queryClient.setQueryData<DatasetWithSync>(
        datasetQueryKey(id),
        (dataset) => dataset && applyDatasetEvent(dataset, event),
      );
      if (endsSync(event)) {
        void queryClient.invalidateQueries({ queryKey: datasetQueryKey(id) });
        void queryClient.invalidateQueries({ queryKey: datasetListQueryKey });
        void queryClient.invalidateQueries({ queryKey: allDatasetRowsQueryKey(id) });
      }
    };
    for (const type of DATASET_EVENT_TYPES) source.addEventListener(type, receive);
    source.onopen = () => setLive(true);
    // EventSource reconnects by itself unless the answer was not a stream (404, 429); polling
    // covers the gap either way.
    source.onerror = () => setLive(false);
    return () => {
      source.close();
      setLive(false);
    };
  }, [id, watching, queryClient, setLive]);
}

/** The dataset, kept live while it syncs: by its event stream, or by polling without one. */
export function useLiveDataset(id: string) {
  const [live, setLive] = useState(false);
  const dataset = useDataset(id, { poll: !live });
  useDatasetEvents(id, dataset.data !== undefined && isSyncing(dataset.data), setLive);
  return dataset;
}
