import type { DatasetStatus } from '@notionchartkit/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

const LOOKS: Record<DatasetStatus, { tone: BadgeTone; text: string }> = {
  pending: { tone: 'info', text: 'Waiting to sync' },
  syncing: { tone: 'info', text: 'Syncing' },
  ready: { tone: 'success', text: 'Ready' },
  error: { tone: 'danger', text: 'Sync failed' },
};

export function DatasetStatusBadge({ status }: { status: DatasetStatus }) {
  const look = LOOKS[status];
  return <Badge tone={look.tone}>{look.text}</Badge>;
}
