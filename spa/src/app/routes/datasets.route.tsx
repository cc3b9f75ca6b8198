import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadMore } from '../../components/ui/load-more';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { NOTION_SIGN_IN_URL } from '../../config/app-config';
import { useConnections } from '../../features/connections/api/get-connections';
import { useDatasets } from '../../features/datasets/api/get-datasets';
import { DatasetList } from '../../features/datasets/components/dataset-list';

export function DatasetsRoute() {
  const datasets = useDatasets();
  const connections = useConnections();
  const hasConnection = (connections.data?.length ?? 0) > 0;

  return (
    <div className="stack stack--loose">
      <PageHeader
        title="Datasets"
        description="Notion databases whose rows are synced for charts."
        actions={
          hasConnection && (
            <Link className="button button--primary" to="/datasets/new">
              Add a dataset
            </Link>
          )
        }
      />
      {datasets.isPending || connections.isPending ? (
        <Skeleton lines={5} label="Loading datasets" />
      ) : datasets.isError ? (
        <ErrorState
          title="Could not load your datasets"
          error={datasets.error}
          onRetry={() => void datasets.refetch()}
        />
      ) : datasets.data.length > 0 ? (
        <>
          <DatasetList datasets={datasets.data} />
          <LoadMore
            hasMore={datasets.hasNextPage}
            loading={datasets.isFetchingNextPage}
            onLoadMore={() => void datasets.fetchNextPage()}
          />
        </>
      ) : hasConnection ? (
        <EmptyState
          title="Add your first dataset"
          action={
            <Link className="button button--primary" to="/datasets/new">
              Add a dataset
            </Link>
          }
        >
          Pick a Notion database; its rows sync here and stay fresh on their own.
        </EmptyState>
      ) : (
        <EmptyState
          title="Connect a Notion workspace to get started"
          action={
            <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
              Connect with Notion
            </a>
          }
        >
          Datasets come from the databases a connected workspace shares.
        </EmptyState>
      )}
    </div>
  );
}
