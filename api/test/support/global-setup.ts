import { newRunId } from './test-run';

/** Jest global setup: one run id for all test files of this run. */
export default function globalSetup(): void {
  process.env.NCK_TEST_RUN_ID ??= newRunId();
}
