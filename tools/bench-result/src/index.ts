export { type BenchResult, reportBenchResult } from './bench-result';
