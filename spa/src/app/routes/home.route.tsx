import { Link, Navigate } from 'react-router';
import { Skeleton } from '../../components/ui/skeleton';
import { NOTION_SIGN_IN_URL } from '../../config/app-config';
import { useCharts } from '../../features/charts/api/get-charts';
import { useConnections } from '../../features/connections/api/get-connections';
import { useDatasets } from '../../features/datasets/api/get-datasets';

/** Until the first chart exists, home is the way there, one step at a time; then it is the charts. */
export function HomeRoute() {
  const connections = useConnections();
  const datasets = useDatasets();
  const charts = useCharts();
  if (connections.isPending || datasets.isPending || charts.isPending) {
    return <Skeleton lines={4} label="Loading" />;
  }
  if ((charts.data?.length ?? 0) > 0) return <Navigate to="/charts" replace />;

  const steps = [
    {
      title: 'Connect a Notion workspace',
      text: 'Notion asks which databases to share with NotionChartKit.',
      done: (connections.data?.length ?? 0) > 0,
      action: (
        <a className="button button--primary" href={NOTION_SIGN_IN_URL}>
          Connect with Notion
        </a>
      ),
    },
    {
      title: 'Add a dataset',
      text: 'Pick a database; its rows sync and stay fresh on their own.',
      done: (datasets.data?.length ?? 0) > 0,
      action: (
        <Link className="button button--primary" to="/datasets/new">
          Add a dataset
        </Link>
      ),
    },
    {
      title: 'Build a chart and embed it',
      text: 'Choose what to count, watch the preview, then copy the embed link into Notion.',
      done: false,
      action: (
        <Link className="button button--primary" to="/charts/new">
          Build a chart
        </Link>
      ),
    },
  ];
  const current = steps.findIndex((step) => !step.done);

  return (
    <div className="stack stack--loose page--narrow">
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-header__title">Get started</h1>
          <p className="page-header__description">Three steps to a live chart from Notion.</p>
        </div>
      </header>
      <ol className="steps">
        {steps.map((step, index) => (
          <li
            key={step.title}
            className={`steps__item${step.done ? ' steps__item--done' : ''}${index === current ? ' steps__item--current' : ''}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="steps__marker" aria-hidden="true">
              {step.done ? '✓' : index + 1}
            </span>
            <div className="steps__body">
              <h2 className="steps__title">
                {step.title}
                {step.done && <span className="visually-hidden"> (done)</span>}
              </h2>
              <p className="muted">{step.text}</p>
              {index === current && <div className="steps__action">{step.action}</div>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
