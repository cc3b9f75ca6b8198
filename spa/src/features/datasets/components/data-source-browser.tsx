import type { Connection, DataSourceSummary } from '@notionchartkit/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { RelativeTime } from '../../../components/ui/relative-time';
import { Skeleton } from '../../../components/ui/skeleton';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAddDataset } from '../api/add-dataset';
import { useDataSources } from '../api/get-data-sources';
import type { DatasetWithSync } from '../dataset-sync';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * Browse and search what a connection can read in Notion, and add one as a dataset. Data sources
 * that already are datasets link to them instead (`existing`: data source id → dataset id).
 */
export function DataSourceBrowser({
  connections,
  existing,
  onAdded,
}: {
  connections: readonly Connection[];
  existing: ReadonlyMap<string, string>;
  onAdded: (dataset: DatasetWithSync) => void;
}) {
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? '');
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const sources = useDataSources(connectionId || undefined, settledSearch);
  const add = useAddDataset();

  return (
    <div className="stack">
      <div className="toolbar">
        {connections.length > 1 && (
          <Field label="Workspace">
            {(control) => (
              <select
                {...control}
                className="select"
                value={connectionId}
                onChange={(event) => setConnectionId(event.target.value)}
              >
                {connections.map((connection) => (
                  <option key={connection.id} value={connection.id}>
                    {connection.workspaceName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Search databases" className="toolbar__grow">
          {(control) => (
            <input
              {...control}
              type="search"
              className="input"
              placeholder="Type a database name"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          )}
        </Field>
      </div>
      {sources.isPending ? (
        <Skeleton lines={5} label="Loading Notion databases" />
      ) : sources.isError ? (
        <ErrorState
          title="Could not list Notion databases"
          error={sources.error}
          onRetry={() => void sources.refetch()}
        />
      ) : sources.data.length === 0 ? (
        <NoSources search={settledSearch} onRefresh={() => void sources.refetch()} />
      ) : (
        <>
          <ul className="list" aria-label="Notion databases">
            {sources.data.map((source) => (
              <SourceItem
                key={source.dataSourceId}
                source={source}
                datasetId={existing.get(source.dataSourceId)}
                adding={add.isPending && add.variables.dataSourceId === source.dataSourceId}
                onAdd={() =>
                  add.mutate(
                    { connectionId, dataSourceId: source.dataSourceId },
                    { onSuccess: onAdded },
                  )
                }
              />
            ))}
          </ul>
          <LoadMore
            hasMore={sources.hasNextPage}
            loading={sources.isFetchingNextPage}
            onLoadMore={() => void sources.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}

function SourceItem({
  source,
  datasetId,
  adding,
  onAdd,
}: {
  source: DataSourceSummary;
  datasetId: string | undefined;
  adding: boolean;
  onAdd: () => void;
}) {
  const title = source.title || 'Untitled';
  return (
    <li className="list__item">
      <span className="list__icon" aria-hidden="true">
        {source.icon && !/^https?:\/\//.test(source.icon) ? source.icon : '▤'}
      </span>
      <div className="list__main">
        <span className="list__title">{title}</span>
        <span className="list__meta">
          Edited <RelativeTime date={source.lastEditedTime} />
        </span>
      </div>
      {datasetId ? (
        <Link className="button button--quiet" to={`/datasets/${datasetId}`}>
          Added · open<span className="visually-hidden"> {title}</span>
        </Link>
      ) : (
        <button type="button" className="button button--primary" onClick={onAdd} disabled={adding}>
          {adding ? 'Adding…' : 'Add'}
          <span className="visually-hidden"> {title}</span>
        </button>
      )}
    </li>
  );
}

function NoSources({ search, onRefresh }: { search: string; onRefresh: () => void }) {
  if (search) {
    return (
      <EmptyState title={`No databases match “${search}”`}>
        Check the spelling, or share the database with the integration in Notion first.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="This workspace shares no databases yet"
      action={
        <button type="button" className="button" onClick={onRefresh}>
          Look again
        </button>
      }
    >
      In Notion, open a database, choose ••• → Connections and add NotionChartKit. It shows up here
      right after.
    </EmptyState>
  );
}
