import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, QueueEvents } from 'bullmq';
import { type AppConfig } from '../../src/core/config/app-config';
import { bullConnectionOptions } from '../../src/core/queue/bull-connection';
import { QUEUES } from '../../src/core/queue/queue.definitions';
import {
  DEFAULT_NOTION_CLIENT_OPTIONS,
  NOTION_CLIENT_OPTIONS,
  type NotionClientOptions,
} from '../../src/notion/notion-client.options';
import { WorkerModule } from '../../src/worker.module';

type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface TestWorker {
  app: INestApplicationContext;
  /** Resolves with the job's result once it has finished; rejects if it failed for good. */
  waitForJob(jobId: string, queue?: QueueName, timeoutMs?: number): Promise<unknown>;
  /** The delay the job was queued with (0 for at once), and its state now. */
  jobStatus(jobId: string, queue?: QueueName): Promise<{ delay: number; state: string }>;
  close(): Promise<void>;
}

/** Notion retries that keep failure tests short; production waits seconds between tries. */
export const FAST_NOTION_OPTIONS: NotionClientOptions = {
  ...DEFAULT_NOTION_CLIENT_OPTIONS,
  retry: { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 2000 },
  attemptTimeoutMs: 5000,
};

/** The worker process's module, in-process, on the test's database and Redis prefix. */
export async function startTestWorker(
  config: AppConfig,
  notionOptions: NotionClientOptions = FAST_NOTION_OPTIONS,
): Promise<TestWorker> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
    .overrideProvider(NOTION_CLIENT_OPTIONS)
    .useValue(notionOptions)
    .compile();
  moduleRef.useLogger(false);
  const app = await moduleRef.init();
  const options = {
    connection: bullConnectionOptions(config.redis.url),
    prefix: `${config.redis.prefix}:{bull}`,
  };
  const handles = new Map<QueueName, { queue: Queue; events: QueueEvents }>();
  const handleFor = async (name: QueueName) => {
    let handle = handles.get(name);
    if (!handle) {
      handle = { queue: new Queue(name, options), events: new QueueEvents(name, options) };
      handles.set(name, handle);
      await handle.events.waitUntilReady();
    }
    return handle;
  };
  return {
    app,
    async waitForJob(jobId, queueName = QUEUES.sync, timeoutMs = 30_000) {
      const { queue, events } = await handleFor(queueName);
      const job = await queue.getJob(jobId);
      if (!job) throw new Error(`No job ${jobId} in queue ${queueName}`);
      return (await job.waitUntilFinished(events, timeoutMs)) as unknown;
    },
    async jobStatus(jobId, queueName = QUEUES.sync) {
      const { queue } = await handleFor(queueName);
      const job = await queue.getJob(jobId);
      return { delay: job?.opts.delay ?? 0, state: await queue.getJobState(jobId) };
    },
    async close() {
      for (const { queue, events } of handles.values()) {
        await events.close();
        await queue.close();
      }
      await app.close();
    },
  };
}
