import { useState } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { useDatasetRowsPage } from '../api/get-dataset-rows';
import { cellText } from '../cell-text';
import type { DatasetWithSync } from '../dataset-sync';

const count = new Intl.NumberFormat('en-US');

interface PageMark {
  cursor: string | undefined;
  /** Rows before this page. */
  offset: number;
}

/** The dataset's rows as synced, a page at a time (the API pages by cursor, so we keep a trail). */
export function RowPreview({ dataset }: { dataset: DatasetWithSync }) {
  const [trail, setTrail] = useState<PageMark[]>([{ cursor: undefined, offset: 0 }]);
  const current = trail[trail.length - 1];
  const page = useDatasetRowsPage(dataset.id, dataset.lastSyncedAt, current.cursor);

  if (page.isPending) return <Skeleton lines={6} label="Loading rows" />;
  if (page.isError) {
    return (
      <ErrorState
        title="Could not load rows"
        error={page.error}
        onRetry={() => void page.refetch()}
      />
    );
  }
  const rows = page.data.items;
  if (rows.length === 0 && trail.length === 1) {
    return <p className="muted">No rows yet. They appear here once a sync has read them.</p>;
  }
  const first = current.offset + 1;
  const last = current.offset + rows.length;
  const nextCursor = page.data.nextCursor;

  return (
    <div className="stack stack--tight">
      <div className="table-scroll" role="region" aria-label="Row preview" tabIndex={0}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">
            Rows {first} to {last} of {dataset.name}
          </caption>
          <thead>
            <tr>
              {dataset.schema.map((property) => (
                <th key={property.id} scope="col">
                  {property.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.pageId}>
                {dataset.schema.map((property) => (
                  <td key={property.id}>{cellText(row.values[property.id], property)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Row pages">
        <span className="pager__range">
          Rows {count.format(first)}–{count.format(last)} of {count.format(dataset.rowCount)}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={trail.length === 1 || page.isFetching}
          onClick={() => setTrail((marks) => marks.slice(0, -1))}
        >
          Previous
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!nextCursor || page.isFetching}
          onClick={() =>
            nextCursor && setTrail((marks) => [...marks, { cursor: nextCursor, offset: last }])
          }
        >
          Next
        </button>
      </nav>
    </div>
  );
}
