import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { chartsQueryKey, useCharts } from '../../features/charts/api/get-charts';
import { DatasetSettingsForm } from '../../features/datasets/components/dataset-settings-form';
import { DatasetStatusBadge } from '../../features/datasets/components/dataset-status';
import { LastSync, NextSync } from '../../features/datasets/components/dataset-sync-times';
import { DeleteDatasetButton } from '../../features/datasets/components/delete-dataset-button';
import { RowPreview } from '../../features/datasets/components/row-preview';
import { SchemaList } from '../../features/datasets/components/schema-list';
import { SyncError } from '../../features/datasets/components/sync-error';
import { useLiveDataset } from '../../features/datasets/api/use-dataset-events';
import { SyncNowButton } from '../../features/datasets/components/sync-now-button';
import { SyncProgressPanel } from '../../features/datasets/components/sync-progress';
import { isSyncing } from '../../features/datasets/dataset-sync';

const count = new Intl.NumberFormat('en-US');

export function DatasetRoute() {
  const { datasetId = '' } = useParams();
  const dataset = useLiveDataset(datasetId);
  const charts = useCharts(datasetId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  if (dataset.isPending) return <Skeleton lines={8} label="Loading the dataset" />;
  if (dataset.isError) {
    return (
      <ErrorState
        title="Could not load this dataset"
        error={dataset.error}
        onRetry={() => void dataset.refetch()}
      />
    );
  }
  const current = dataset.data;

  return (
    <div className="stack stack--loose">
      <PageHeader
        title={current.name}
        description={
          <>
            <DatasetStatusBadge status={current.status} /> {count.format(current.rowCount)} rows ·
            last sync <LastSync dataset={current} /> · next sync <NextSync dataset={current} />
          </>
        }
        actions={
          <>
            {current.notion.url && (
              <a
                className="button button--quiet"
                href={current.notion.url}
                target="_blank"
                rel="noreferrer"
              >
                Open in Notion
              </a>
            )}
            <SyncNowButton dataset={current} />
            <Link className="button button--primary" to={`/charts/new?datasetId=${current.id}`}>
              New chart
            </Link>
          </>
        }
      />
      {isSyncing(current) && <SyncProgressPanel dataset={current} />}
      {current.status === 'error' && current.lastError && <SyncError message={current.lastError} />}

      <div className="two-columns">
        <section className="panel" aria-labelledby="schema-title">
          <h2 id="schema-title" className="panel__title">
            Properties
          </h2>
          <SchemaList schema={current.schema} />
        </section>
        <section className="panel" aria-labelledby="settings-title">
          <h2 id="settings-title" className="panel__title">
            Settings
          </h2>
          <DatasetSettingsForm key={current.id} dataset={current} />
        </section>
      </div>

      <section className="panel" aria-labelledby="rows-title">
        <h2 id="rows-title" className="panel__title">
          Rows
        </h2>
        <RowPreview key={`${current.id}:${current.lastSyncedAt ?? ''}`} dataset={current} />
      </section>

      <section className="panel" aria-labelledby="charts-title">
        <h2 id="charts-title" className="panel__title">
          Charts from this dataset
        </h2>
        {charts.data && charts.data.length > 0 ? (
          <ul className="link-list">
            {charts.data.map((chart) => (
              <li key={chart.id}>
                <Link to={`/charts/${chart.id}`}>{chart.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            None yet. <Link to={`/charts/new?datasetId=${current.id}`}>Build the first one</Link>.
          </p>
        )}
      </section>

      <section className="panel panel--danger" aria-labelledby="danger-title">
        <h2 id="danger-title" className="panel__title">
          Delete
        </h2>
        <DeleteDatasetButton
          dataset={current}
          chartCount={charts.data?.length}
          onDeleted={() => {
            void queryClient.invalidateQueries({ queryKey: chartsQueryKey });
            void navigate('/datasets', { replace: true });
          }}
        />
      </section>
    </div>
  );
}
