import type { EntityManager } from 'typeorm';

export interface RowToWrite {
  pageId: string;
  lastEditedTime: string;
  cells: Record<string, unknown>;
}

const CHUNK = 500;

/**
 * Upserts rows by page id inside the caller's transaction and says how many really changed
 * (an overlap row read again unchanged is not a change).
 */
export async function upsertRows(
  tx: EntityManager,
  datasetId: string,
  rows: readonly RowToWrite[],
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const result = await tx.query<unknown[]>(
      `INSERT INTO dataset_rows (dataset_id, page_id, last_edited_time, cells)
       SELECT $1, r.page_id, r.last_edited_time, r.cells
       FROM jsonb_to_recordset($2::jsonb) AS r(page_id varchar, last_edited_time timestamptz, cells jsonb)
       ON CONFLICT (dataset_id, page_id) DO UPDATE
         SET last_edited_time = EXCLUDED.last_edited_time, cells = EXCLUDED.cells
         WHERE dataset_rows.cells IS DISTINCT FROM EXCLUDED.cells
            OR dataset_rows.last_edited_time IS DISTINCT FROM EXCLUDED.last_edited_time
       RETURNING 1`,
      [
        datasetId,
        JSON.stringify(
          chunk.map((row) => ({
            page_id: row.pageId,
            last_edited_time: row.lastEditedTime,
            cells: row.cells,
          })),
        ),
      ],
    );
    changed += result.length;
  }
  return changed;
}

/** After a full read: drops the rows Notion no longer returns. Returns how many went. */
export async function deleteRowsNotIn(
  tx: EntityManager,
  datasetId: string,
  keep: readonly string[],
): Promise<number> {
  const result = await tx.query<{ count: number }[]>(
    `WITH gone AS (
       DELETE FROM dataset_rows WHERE dataset_id = $1 AND NOT (page_id = ANY($2::varchar[])) RETURNING 1
     ) SELECT count(*)::int AS count FROM gone`,
    [datasetId, keep],
  );
  return result[0]?.count ?? 0;
}

export async function countRows(tx: EntityManager, datasetId: string): Promise<number> {
  const result = await tx.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM dataset_rows WHERE dataset_id = $1',
    [datasetId],
  );
  return result[0]?.count ?? 0;
}
