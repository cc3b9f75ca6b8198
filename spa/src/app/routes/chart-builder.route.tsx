import type { Chart } from '@notionchartkit/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/skeleton';
import { MAX_BROWSER_PREVIEW_ROWS } from '../../config/app-config';
import { useChart } from '../../features/charts/api/get-chart';
import { type ChartDraft, draftOf, newChartDraft } from '../../features/charts/builder/chart-draft';
import { ChartEditor } from '../../features/charts/components/chart-editor';
import { useDataset } from '../../features/datasets/api/get-dataset';
import { useAllDatasetRows } from '../../features/datasets/api/get-dataset-rows';
import { useDatasets } from '../../features/datasets/api/get-datasets';
import type { DatasetWithSync } from '../../features/datasets/dataset-sync';

/** `/charts/new` and `/charts/:chartId`: loaded on demand, with Chart.js and the chart engine. */
export function ChartBuilderRoute() {
  const { chartId } = useParams();
  const [search] = useSearchParams();
  const chart = useChart(chartId);
  const datasets = useDatasets();

  if (datasets.isPending || (chartId && chart.isPending)) {
    return <Skeleton lines={10} label="Loading the chart builder" />;
  }
  if (chart.isError || datasets.isError) {
    return (
      <ErrorState
        title={chart.isError ? 'Could not load this chart' : 'Could not load your datasets'}
        error={chart.error ?? datasets.error}
        onRetry={() => void (chart.isError ? chart.refetch() : datasets.refetch())}
      />
    );
  }
  if (datasets.data.length === 0) {
    return (
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
    );
  }
  return (
    <ChartBuilderPage
      key={chartId ?? 'new'}
      chart={chart.data}
      datasets={datasets.data}
      initialDatasetId={search.get('datasetId')}
    />
  );
}

function ChartBuilderPage({
  chart,
  datasets,
  initialDatasetId,
}: {
  chart: Chart | undefined;
  datasets: readonly DatasetWithSync[];
  initialDatasetId: string | null;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ChartDraft>(() =>
    chart
      ? draftOf(chart)
      : newChartDraft(datasets.find((each) => each.id === initialDatasetId) ?? datasets[0]),
  );
  // The dataset itself (not the list's copy) is polled while it syncs, so the preview follows.
  const fresh = useDataset(draft.datasetId || undefined);
  const dataset = fresh.data ?? datasets.find((each) => each.id === draft.datasetId);
  const inBrowser = dataset !== undefined && dataset.rowCount <= MAX_BROWSER_PREVIEW_ROWS;
  const rows = useAllDatasetRows(dataset, inBrowser);

  return (
    <ChartEditor
      chart={chart}
      draft={draft}
      onDraftChange={setDraft}
      datasets={datasets}
      dataset={dataset}
      rows={inBrowser ? rows : null}
      onCreated={(created) => void navigate(`/charts/${created.id}`)}
      onDeleted={() => void navigate('/charts', { replace: true })}
    />
  );
}
