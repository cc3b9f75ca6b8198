import { type Chart, CHART_TYPE_NAMES } from '@notionchartkit/shared';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The user's charts; dataset names come from the page, which knows the datasets. */
export function ChartList({
  charts,
  datasetName,
}: {
  charts: readonly Chart[];
  datasetName: (datasetId: string) => string | undefined;
}) {
  return (
    <ul className="card-grid" aria-label="Charts">
      {charts.map((chart) => (
        <li key={chart.id} className="card card--link">
          <div className="card__titles">
            <h2 className="card__title">
              <Link className="card__link" to={`/charts/${chart.id}`}>
                {chart.name}
              </Link>
            </h2>
            <p className="card__meta">
              {capitalize(CHART_TYPE_NAMES[chart.config.type])}
              {datasetName(chart.datasetId) ? ` of ${datasetName(chart.datasetId)}` : ''}
            </p>
          </div>
          <div className="card__foot">
            <Badge tone={chart.isPublic ? 'success' : 'neutral'}>
              {chart.isPublic ? 'Public' : 'Private'}
            </Badge>
            <span className="card__meta">
              Edited <RelativeTime date={chart.updatedAt} />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
