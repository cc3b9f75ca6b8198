import type { Connection } from '@notionchartkit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadMore } from '../../components/ui/load-more';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { NOTION_SIGN_IN_URL } from '../../config/app-config';
import { chartsQueryKey, useCharts } from '../../features/charts/api/get-charts';
import { useConnections } from '../../features/connections/api/get-connections';
import { AddConnectionPanel } from '../../features/connections/components/add-connection-panel';
import { ConnectionList } from '../../features/connections/components/connection-list';
import { datasetsQueryKey, useDatasets } from '../../features/datasets/api/get-datasets';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function ConnectionsRoute() {
  const connections = useConnections();
  const datasets = useDatasets();
  const charts = useCharts();
  const queryClient = useQueryClient();

  /** Removing a workspace removes its datasets and their charts: say which, before. */
  const consequencesOf = (connection: Connection) => {
    const owned = (datasets.data ?? []).filter((each) => each.connectionId === connection.id);
    const ids = new Set(owned.map((each) => each.id));
    const chartCount = (charts.data ?? []).filter((each) => ids.has(each.datasetId)).length;
    return (
      <>
        <p>
          {owned.length === 0
            ? 'It has no datasets, so nothing else is removed.'
            : `This also deletes its ${plural(owned.length, 'dataset', 'datasets')} (${owned
                .map((each) => each.name)
                .join(', ')}) and ${plural(chartCount, 'chart', 'charts')} built on them.`}
        </p>
        {chartCount > 0 && <p>Embeds of those charts stop working at once.</p>}
        <p>Your pages in Notion are not touched.</p>
      </>
    );
  };

  return (
    <div className="stack stack--loose">
      <PageHeader
        title="Connections"
        description="The Notion workspaces NotionChartKit can read."
      />
      {connections.isPending ? (
        <Skeleton label="Loading connections" />
      ) : connections.isError ? (
        <ErrorState
          title="Could not load your connections"
          error={connections.error}
          onRetry={() => void connections.refetch()}
        />
      ) : connections.data.length === 0 ? (
        <EmptyState
          title="Connect a Notion workspace to get started"
          action={
            <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
              Connect with Notion
            </a>
          }
        >
          Notion asks which databases to share. You can also paste an internal integration token
          below.
        </EmptyState>
      ) : (
        <>
          <ConnectionList
            connections={connections.data}
            consequencesOf={consequencesOf}
            onRemoved={() => {
              void queryClient.invalidateQueries({ queryKey: datasetsQueryKey });
              void queryClient.invalidateQueries({ queryKey: chartsQueryKey });
            }}
          />
          <LoadMore
            hasMore={connections.hasNextPage}
            loading={connections.isFetchingNextPage}
            onLoadMore={() => void connections.fetchNextPage()}
          />
        </>
      )}
      <AddConnectionPanel />
    </div>
  );
}
