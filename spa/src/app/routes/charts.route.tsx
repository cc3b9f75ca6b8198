import { useMemo } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { LoadMore } from '../../components/ui/load-more';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useCharts } from '../../features/charts/api/get-charts';
import { ChartList } from '../../features/charts/components/chart-list';
import { useDatasets } from '../../features/datasets/api/get-datasets';

export function ChartsRoute() {
  const charts = useCharts();
  const datasets = useDatasets();
  const names = useMemo(
    () => new Map((datasets.data ?? []).map((dataset) => [dataset.id, dataset.name])),
    [datasets.data],
  );
  const hasDatasets = (datasets.data?.length ?? 0) > 0;

  return (
    <div className="stack stack--loose">
      <PageHeader
        title="Charts"
        description="Live charts of your Notion databases, ready to embed."
        actions={
          hasDatasets && (
            <Link className="button button--primary" to="/charts/new">
              New chart
            </Link>
          )
        }
      />
      {charts.isPending || datasets.isPending ? (
        <Skeleton lines={4} label="Loading charts" />
      ) : charts.isError ? (
        <ErrorState
          title="Could not load your charts"
          error={charts.error}
          onRetry={() => void charts.refetch()}
        />
      ) : charts.data.length > 0 ? (
        <>
          <ChartList charts={charts.data} datasetName={(id) => names.get(id)} />
          <LoadMore
            hasMore={charts.hasNextPage}
            loading={charts.isFetchingNextPage}
            onLoadMore={() => void charts.fetchNextPage()}
          />
        </>
      ) : hasDatasets ? (
        <EmptyState
          title="Build your first chart"
          action={
            <Link className="button button--primary" to="/charts/new">
              New chart
            </Link>
          }
        >
          Choose a dataset and what to count; the preview follows every change.
        </EmptyState>
      ) : (
        <EmptyState
          title="Add a dataset to chart"
          action={
            <Link className="button button--primary" to="/datasets/new">
              Add a dataset
            </Link>
          }
        >
          Charts are drawn from datasets: Notion databases synced into NotionChartKit.
        </EmptyState>
      )}
    </div>
  );
}
