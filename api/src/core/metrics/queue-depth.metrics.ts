import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { withTimeout } from '../async/with-timeout';
import { QUEUES } from '../queue/queue.definitions';
import { Metrics } from './metrics';

const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape must answer even with Redis gone: the gauge is then left empty (alert on absence). */
const COUNT_TIMEOUT_MS = 1000;

/** Jobs per declared queue and state, read from Redis when Prometheus scrapes. */
@Injectable()
export class QueueDepthMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const queues = Object.values(QUEUES).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (the same in every process: aggregate with max, not sum).',
      labelNames: ['queue', 'state'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await withTimeout(queue.getJobCounts(...STATES), COUNT_TIMEOUT_MS).catch(
            () => null,
          );
          for (const state of STATES) {
            if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }
        }
      },
    });
  }
}
