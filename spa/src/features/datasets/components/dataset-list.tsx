import { Link } from 'react-router';
import type { DatasetWithSync } from '../dataset-sync';
import { LastSync, NextSync } from './dataset-sync-times';
import { DatasetStatusBadge } from './dataset-status';

const count = new Intl.NumberFormat('en-US');

/** A table on wide screens; each row stacks into a card on narrow ones (see the stylesheet). */
export function DatasetList({ datasets }: { datasets: readonly DatasetWithSync[] }) {
  return (
    <table className="data-table data-table--cards">
      <caption className="visually-hidden">Datasets</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col" className="data-table__number">
            Rows
          </th>
          <th scope="col">Last sync</th>
          <th scope="col">Next sync</th>
        </tr>
      </thead>
      <tbody>
        {datasets.map((dataset) => (
          <tr key={dataset.id}>
            <th scope="row" data-label="Name">
              <Link to={`/datasets/${dataset.id}`}>{dataset.name}</Link>
            </th>
            <td data-label="Status">
              <DatasetStatusBadge status={dataset.status} />
            </td>
            <td data-label="Rows" className="data-table__number">
              {count.format(dataset.rowCount)}
            </td>
            <td data-label="Last sync">
              <LastSync dataset={dataset} />
            </td>
            <td data-label="Next sync">
              <NextSync dataset={dataset} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
