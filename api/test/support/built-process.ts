import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The checkout: the nearest folder up with `nx.json` (from a bundled benchmark in tmp/ too). */
function findRepoRoot(from: string): string {
  if (existsSync(join(from, 'nx.json'))) return from;
  const up = dirname(from);
  if (up === from) throw new Error('not inside the NotionChartKit checkout');
  return findRepoRoot(up);
}

export const REPO_ROOT = findRepoRoot(__dirname);
const DIST = join(REPO_ROOT, 'api', 'dist');

export interface BuiltProcess {
  child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves once its output matches, rejects after `timeoutMs` or when it exits first. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with how it ended, rejects if it is still running after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The built API (`main`) or worker as a real child process, as production runs it, with only
 * the given environment. Needs `api/dist` (`npm test` builds it; alone, build first with
 * `npx tsc -p api/tsconfig.build.json`).
 */
export function startBuiltProcess(
  entry: 'main' | 'worker',
  vars: Record<string, string>,
  /** A command to run it under, e.g. `['taskset', '-c', '0']` to pin it to one core. */
  wrapper: string[] = [],
): BuiltProcess {
  const script = join(DIST, `${entry}.js`);
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: build first with npx tsc -p api/tsconfig.build.json`);
  }
  const [command, ...args] = [...wrapper, process.execPath, script];
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    child.emit('output');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const ended = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));

  const within = <T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${entry}: ${what} within ${timeoutMs} ms. Output:\n${output}`)),
        timeoutMs,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  };

  return {
    child,
    output: () => output,
    // Boot takes a second or two; a CI machine busy with other test files can take far longer.
    waitForOutput(pattern, timeoutMs = 45_000) {
      const seen = new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            child.off('output', check);
            resolve();
          }
        };
        child.on('output', check);
        check();
        void ended.then(() => reject(new Error(`${entry} exited before ${String(pattern)}`)));
      });
      return within(seen, timeoutMs, `no ${String(pattern)}`);
    },
    exited(timeoutMs = 30_000) {
      return within(ended, timeoutMs, 'did not exit');
    },
  };
}

/** The log line each process writes once it is ready. */
export const READY = {
  main: /NotionChartKit API listening/,
  worker: /NotionChartKit worker started/,
};
