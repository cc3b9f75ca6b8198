import type { SyncProgress } from '@notionchartkit/shared';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { DatasetWithSync } from '../dataset-sync';

const count = new Intl.NumberFormat('en-US');

/** What the sync is doing, in words; the previous row count is only an estimate of its size. */
function phaseText({ phase, rowsFetched }: SyncProgress, estimate: number): string {
  const rows = count.format(rowsFetched);
  switch (phase) {
    case 'schema':
      return 'Reading the schema…';
    case 'rows':
      return `Reading rows: ${rows} rows read${estimate > 0 ? ` of about ${count.format(estimate)}` : ''}`;
    case 'relations':
      return `Reading titles of related pages (${rows} rows read)…`;
    case 'saving':
      return `Saving ${rows} rows…`;
  }
}

/** Live progress of a running sync, as its event stream (or polling) reports it. */
export function SyncProgressPanel({ dataset }: { dataset: DatasetWithSync }) {
  const { sync } = dataset;
  if (!sync) {
    return (
      <div className="sync-progress" role="status">
        <p className="sync-progress__phase">
          {dataset.status === 'syncing' ? 'Syncing…' : 'Sync queued, starting soon…'}
        </p>
        <div className="progress progress--indeterminate" aria-hidden="true" />
      </div>
    );
  }
  const share =
    sync.phase === 'schema' || dataset.rowCount === 0
      ? null
      : Math.min(sync.rowsFetched / dataset.rowCount, 1);
  return (
    <div className="sync-progress" role="status">
      <p className="sync-progress__phase">{phaseText(sync, dataset.rowCount)}</p>
      {share === null ? (
        <div className="progress progress--indeterminate" aria-hidden="true" />
      ) : (
        <progress className="progress" value={share} max={1} aria-label="Sync progress" />
      )}
      <p className="muted">
        Started <RelativeTime date={sync.startedAt} />
      </p>
    </div>
  );
}
