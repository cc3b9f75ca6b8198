import { RelativeTime } from '../../../components/ui/relative-time';
import type { DatasetWithSync } from '../dataset-sync';

export function LastSync({ dataset }: { dataset: DatasetWithSync }) {
  return dataset.lastSyncedAt ? <RelativeTime date={dataset.lastSyncedAt} /> : <>Never</>;
}

export function NextSync({ dataset }: { dataset: DatasetWithSync }) {
  if (dataset.refreshIntervalMinutes === 0) return <>Manual only</>;
  return dataset.nextSyncAt ? <RelativeTime date={dataset.nextSyncAt} /> : <>Scheduled</>;
}
