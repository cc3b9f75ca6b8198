import type { Connection } from '@notionchartkit/shared';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { RelativeTime } from '../../../components/ui/relative-time';
import { NOTION_SIGN_IN_URL } from '../../../config/app-config';
import { showToast } from '../../../lib/toasts';
import { useRemoveConnection } from '../api/remove-connection';
import { ConnectionStatusBadge } from './connection-status';
import { TOKEN_FORM_ID } from './internal-token-form';
import { WorkspaceIcon } from './workspace-icon';

const KIND_NAMES: Record<Connection['kind'], string> = {
  oauth: 'Connected with Notion sign-in',
  internal: 'Internal integration token',
};

/**
 * The user's workspaces. What else goes when one is removed (its datasets and charts) is told
 * by `consequencesOf`, which the page composes from those features.
 */
export function ConnectionList({
  connections,
  consequencesOf,
  onRemoved,
}: {
  connections: readonly Connection[];
  consequencesOf: (connection: Connection) => ReactNode;
  onRemoved: () => void;
}) {
  const remove = useRemoveConnection();
  const [removing, setRemoving] = useState<Connection | null>(null);

  return (
    <>
      <ul className="card-list" aria-label="Connections">
        {connections.map((connection) => (
          <li key={connection.id} className="card">
            <div className="card__head">
              <WorkspaceIcon icon={connection.workspaceIcon} name={connection.workspaceName} />
              <div className="card__titles">
                <h2 className="card__title">{connection.workspaceName}</h2>
                <p className="card__meta">
                  {KIND_NAMES[connection.kind]} · added <RelativeTime date={connection.createdAt} />
                </p>
              </div>
              <ConnectionStatusBadge status={connection.status} />
              <button
                type="button"
                className="button button--danger-quiet button--small"
                onClick={() => setRemoving(connection)}
              >
                Remove<span className="visually-hidden"> {connection.workspaceName}</span>
              </button>
            </div>
            {connection.status !== 'active' && <ReconnectHint connection={connection} />}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.workspaceName ?? ''}?`}
        confirmLabel="Remove connection"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              showToast(`Removed ${removing.workspaceName}.`, 'success');
              setRemoving(null);
              onRemoved();
            },
          });
        }}
      >
        {removing && consequencesOf(removing)}
      </ConfirmDialog>
    </>
  );
}

function ReconnectHint({ connection }: { connection: Connection }) {
  const revoked = connection.status === 'revoked';
  return (
    <div className="callout callout--warning">
      <p>
        {revoked
          ? 'Notion no longer accepts this connection, so its datasets stop syncing. Charts keep showing the last synced data.'
          : 'The last attempt to reach Notion with this connection failed.'}
      </p>
      {connection.kind === 'oauth' ? (
        <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
          Reconnect with Notion
        </a>
      ) : (
        <a className="button button--primary" href={`#${TOKEN_FORM_ID}`}>
          Paste a new token
        </a>
      )}
    </div>
  );
}
