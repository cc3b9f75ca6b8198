import { RelativeTime } from '../../../components/ui/relative-time';
import type { DatasetWithSync, SyncProgress } from '../dataset-sync';

const PHASES: Record<SyncProgress['phase'], string> = {
  schema: 'Reading the schema',
  rows: 'Reading rows',
  relations: 'Reading titles of related pages',
  saving: 'Saving',
};

const count = new Intl.NumberFormat('en-US');

/** Live progress of a running sync; the dataset is polled while it runs. */
export function SyncProgressPanel({ dataset }: { dataset: DatasetWithSync }) {
  const { sync } = dataset;
  if (!sync) {
    return (
      <div className="sync-progress" role="status">
        <p className="sync-progress__phase">
          {dataset.status === 'pending' ? 'Sync queued, starting soon…' : 'Syncing…'}
        </p>
        <div className="progress progress--indeterminate" aria-hidden="true" />
      </div>
    );
  }
  // The previous row count is only an estimate of this sync's size.
  const estimate = dataset.rowCount > 0 ? Math.min(sync.rowsFetched / dataset.rowCount, 1) : null;
  return (
    <div className="sync-progress" role="status">
      <p className="sync-progress__phase">
        {PHASES[sync.phase]}: {count.format(sync.rowsFetched)} rows read
        {dataset.rowCount > 0 && <> of about {count.format(dataset.rowCount)}</>}
      </p>
      {estimate === null ? (
        <div className="progress progress--indeterminate" aria-hidden="true" />
      ) : (
        <progress className="progress" value={estimate} max={1} aria-label="Sync progress" />
      )}
      <p className="muted">
        Started <RelativeTime date={sync.startedAt} />
      </p>
    </div>
  );
}
