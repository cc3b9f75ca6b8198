/**
 * A data source shaped like the charts people build: three years of deals with amounts, a
 * stage, a region and tags, closed on a date (some with a time). The sandbox's own large seed
 * (Orders) spans only a few days of dates, so a chart by month there has a bar or two; here a
 * chart by day has a thousand. Written through the sandbox's control API, as the stack runs it
 * in another process.
 */
export const PIPELINE_TITLE = 'Pipeline history';

const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'];
const REGIONS = ['North', 'South', 'East', 'West', 'Online'];
const TAGS = ['Renewal', 'Upsell', 'Partner', 'Enterprise'];
const FIRST_CLOSE = Date.UTC(2023, 0, 1);
const SPAN_MS = 3 * 365 * 86_400_000;
/** Rows written at once; the control API answers each in well under a millisecond. */
const CONCURRENCY = 16;

/** A fixed sequence of fractions in [0, 1) (xorshift32), so every run writes the same rows. */
function fractions(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

type RowValues = Record<string, string | number | boolean | string[] | null>;

function rowValues(index: number, next: () => number): RowValues {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const closed = new Date(FIRST_CLOSE + Math.floor(next() * SPAN_MS)).toISOString();
  const roll = next();
  return {
    Deal: `Deal ${index + 1}`,
    Amount: roll > 0.95 ? null : Math.round(next() * 100_000) / 100,
    Stage: roll < 0.03 ? null : pick(STAGES),
    Region: pick(REGIONS),
    Tags: TAGS.filter(() => next() < 0.3),
    // Mostly calendar dates, some instants, a few empty: what a real close date column holds.
    'Close date': roll < 0.01 ? null : roll < 0.2 ? closed : closed.slice(0, 10),
    Won: next() < 0.4,
  };
}

async function control<T>(sandboxUrl: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates the data source in the demo workspace with `rows` rows. */
export async function createPipelineHistory(sandboxUrl: string, rows: number): Promise<void> {
  const { dataSourceId } = await control<{ dataSourceId: string }>(sandboxUrl, '/data-sources', {
    title: PIPELINE_TITLE,
    properties: [
      { name: 'Deal', type: 'title' },
      { name: 'Amount', type: 'number', format: 'dollar' },
      { name: 'Stage', type: 'select', options: STAGES },
      { name: 'Region', type: 'select', options: REGIONS },
      { name: 'Tags', type: 'multi_select', options: TAGS },
      { name: 'Close date', type: 'date' },
      { name: 'Won', type: 'checkbox' },
    ],
  });
  const next = fractions(rows);
  const values = Array.from({ length: rows }, (_, index) => rowValues(index, next));
  let written = 0;
  const writer = async () => {
    while (written < values.length) {
      const row = values[written++];
      await control(sandboxUrl, `/data-sources/${dataSourceId}/rows`, { values: row });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, writer));
}
