import { type ChartPayload, chartDataTable } from '@notionchartkit/shared';
import { memo, useDeferredValue } from 'react';

/**
 * The chart's data as a table: visually hidden, it is what screen readers (and tests) read
 * instead of the canvas. It follows a change in a deferred render, after the chart has painted:
 * laying out a long table (a thousand days) takes as long as the rest of the update.
 */
export function ChartDataTable({ payload, caption }: { payload: ChartPayload; caption: string }) {
  const shown = useDeferredValue(payload);
  return (
    <div className="visually-hidden" aria-busy={shown !== payload}>
      <DataTable payload={shown} caption={caption} />
    </div>
  );
}

const DataTable = memo(function DataTable({
  payload,
  caption,
}: {
  payload: ChartPayload;
  caption: string;
}) {
  const table = chartDataTable(payload);
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note && <p>{table.note}</p>}
    </>
  );
});
