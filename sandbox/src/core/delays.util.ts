interface Pending {
  task: () => void;
  /** Sleepers are woken on cancel so their callers can finish; scheduled tasks are dropped. */
  runOnCancel: boolean;
}

/**
 * Timers the sandbox owns (slow answers, webhook retries and aggregation windows), so that
 * `close()` can cut them short instead of leaving the process waiting on them.
 */
export class Delays {
  private readonly pending = new Map<NodeJS.Timeout, Pending>();

  /** Resolves after `ms`, or at once when the sandbox closes. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.add(ms, resolve, true));
  }

  /** Runs `task` after `ms`; returns a function that cancels it. */
  schedule(ms: number, task: () => void): () => void {
    return this.add(ms, task, false);
  }

  cancelAll(): void {
    const pending = [...this.pending];
    this.pending.clear();
    for (const [timer, { task, runOnCancel }] of pending) {
      clearTimeout(timer);
      if (runOnCancel) task();
    }
  }

  private add(ms: number, task: () => void, runOnCancel: boolean): () => void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      task();
    }, ms);
    timer.unref();
    this.pending.set(timer, { task, runOnCancel });
    return () => {
      clearTimeout(timer);
      this.pending.delete(timer);
    };
  }
}
