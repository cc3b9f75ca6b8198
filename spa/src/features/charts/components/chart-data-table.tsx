import { type ChartPayload, chartDataTable } from '@notionchartkit/shared';

/**
 * The chart's data as a table: visually hidden, it is what screen readers (and tests) read
 * instead of the canvas.
 */
export function ChartDataTable({ payload, caption }: { payload: ChartPayload; caption: string }) {
  const table = chartDataTable(payload);
  return (
    <div className="visually-hidden">
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
    </div>
  );
}
