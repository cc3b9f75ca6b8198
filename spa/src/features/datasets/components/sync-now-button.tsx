import { useSyncDataset } from '../api/sync-dataset';
import { type DatasetWithSync, isSyncing } from '../dataset-sync';

/** A full sync: every row is read again, and rows deleted in Notion disappear. */
export function SyncNowButton({ dataset }: { dataset: DatasetWithSync }) {
  const sync = useSyncDataset(dataset.id);
  const busy = sync.isPending || isSyncing(dataset);
  return (
    <button type="button" className="button" onClick={() => sync.mutate()} disabled={busy}>
      {busy ? 'Syncing…' : 'Sync now'}
    </button>
  );
}
