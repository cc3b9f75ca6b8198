import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUES, type RecomputeChartsJob } from '../core/queue/queue.definitions';
import { QueueWorkerHost } from '../core/queue/queue-worker.host';
import { ChartRecomputer, type RecomputeResult } from './chart-recomputer.service';

@Processor(QUEUES.charts, { concurrency: 2 })
export class RecomputeChartsProcessor extends QueueWorkerHost {
  constructor(private readonly recomputer: ChartRecomputer) {
    super();
  }

  process(job: Job<RecomputeChartsJob>): Promise<RecomputeResult> {
    return this.recomputer.recompute(job.data);
  }
}
