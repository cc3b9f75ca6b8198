/**
 * The one line a benchmark prints for `npm run bench` (scripts/bench.mjs): a JSON object
 * with a `target` field, on a line of its own. A bench may print several (one per target)
 * and anything else it likes around them.
 */
export interface BenchResult {
  /** Target id from the design targets: `P1`, `S4`, … */
  target: string;
  /** What was measured, in a few words. */
  what: string;
  /** The measured figure, or null when it could not be measured (say why in `note`). */
  figure: number | null;
  unit: string;
  /** The same measure of the baseline, in the same run. */
  baseline?: number;
  /** `figure / baseline`, or `figure / target` where the target is a bound. */
  ratio?: number;
  pass: boolean;
  /** How to run this benchmark alone. */
  command: string;
  note?: string;
}

export function reportBenchResult(result: BenchResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
