import type { ApiKeySummary } from '@notionchartkit/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadMore } from '../../../components/ui/load-more';
import { RelativeTime } from '../../../components/ui/relative-time';
import { Skeleton } from '../../../components/ui/skeleton';
import { showToast } from '../../../lib/toasts';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';

export function ApiKeyList() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);

  if (keys.isPending) return <Skeleton label="Loading API keys" />;
  if (keys.isError) {
    return (
      <ErrorState
        title="Could not load your API keys"
        error={keys.error}
        onRetry={() => void keys.refetch()}
      />
    );
  }
  if (keys.data.length === 0) {
    return (
      <EmptyState title="No API keys yet">
        Create a key above to read your charts and datasets from scripts and other tools.
      </EmptyState>
    );
  }

  return (
    <>
      <ul className="list" aria-label="API keys">
        {keys.data.map((key) => (
          <li key={key.id} className="list__item">
            <div className="list__main">
              <span className="list__title">{key.name}</span>
              <span className="list__meta">
                Created <RelativeTime date={key.createdAt} /> ·{' '}
                {key.lastUsedAt ? (
                  <>
                    last used <RelativeTime date={key.lastUsedAt} />
                  </>
                ) : (
                  'never used'
                )}
              </span>
            </div>
            <button
              type="button"
              className="button button--danger-quiet"
              onClick={() => setRevoking(key)}
            >
              Revoke<span className="visually-hidden"> {key.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={keys.hasNextPage}
        loading={keys.isFetchingNextPage}
        onLoadMore={() => void keys.fetchNextPage()}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              showToast(`Revoked “${revoking.name}”.`, 'success');
              setRevoking(null);
            },
          });
        }}
      >
        <p>Anything still using this key stops working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
