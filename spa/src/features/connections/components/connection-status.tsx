import type { ConnectionStatus } from '@notionchartkit/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

const LOOKS: Record<ConnectionStatus, { tone: BadgeTone; text: string }> = {
  active: { tone: 'success', text: 'Active' },
  revoked: { tone: 'danger', text: 'Access revoked' },
  error: { tone: 'warning', text: 'Needs attention' },
};

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  const look = LOOKS[status];
  return <Badge tone={look.tone}>{look.text}</Badge>;
}
