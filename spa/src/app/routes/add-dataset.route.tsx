import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useConnections } from '../../features/connections/api/get-connections';
import { useDatasets } from '../../features/datasets/api/get-datasets';
import { DataSourceBrowser } from '../../features/datasets/components/data-source-browser';
import { NOTION_SIGN_IN_URL } from '../../config/app-config';

export function AddDatasetRoute() {
  const connections = useConnections();
  const datasets = useDatasets();
  const navigate = useNavigate();
  const active = useMemo(
    () => (connections.data ?? []).filter((connection) => connection.status === 'active'),
    [connections.data],
  );
  const existing = useMemo(
    () =>
      new Map((datasets.data ?? []).map((dataset) => [dataset.notion.dataSourceId, dataset.id])),
    [datasets.data],
  );

  return (
    <div className="stack stack--loose">
      <PageHeader
        title="Add a dataset"
        description="Choose a Notion database. Its rows sync right away, then on a schedule."
        actions={
          <Link className="button" to="/datasets">
            Cancel
          </Link>
        }
      />
      {connections.isPending ? (
        <Skeleton lines={5} label="Loading connections" />
      ) : connections.isError ? (
        <ErrorState
          title="Could not load your connections"
          error={connections.error}
          onRetry={() => void connections.refetch()}
        />
      ) : active.length === 0 ? (
        <EmptyState
          title="Connect a Notion workspace first"
          action={
            <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
              Connect with Notion
            </a>
          }
        >
          {connections.data.length > 0
            ? 'Your connections need reconnecting before their databases can be read.'
            : 'Datasets come from the databases a connected workspace shares.'}
        </EmptyState>
      ) : (
        <DataSourceBrowser
          connections={active}
          existing={existing}
          onAdded={(dataset) => void navigate(`/datasets/${dataset.id}`)}
        />
      )}
    </div>
  );
}
