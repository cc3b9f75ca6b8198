import type { BenchResult } from '@notionchartkit/bench-result';
import { appendFileSync } from 'node:fs';

/**
 * Targets measured by integration tests (S1, S2, S5, S6) hand their figure to `npm run bench`,
 * which runs those tests with `NCK_BENCH_FIGURES` naming a file; otherwise this does nothing.
 */
export function recordFigure(result: BenchResult): void {
  const file = process.env.NCK_BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
}
