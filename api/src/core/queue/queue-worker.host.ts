import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * Base of every processor. BullMQ reports trouble outside a job's own outcome (Redis gone, a
 * job whose keys a Redis restart wiped) as the worker's `error` event; unheard, the event
 * would be thrown and take the whole worker process down. Heard, it is logged and the
 * worker reconnects and carries on; what a restart lost, the scheduler queues again.
 */
export abstract class QueueWorkerHost extends WorkerHost {
  private readonly workerLogger = new Logger(this.constructor.name);

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.workerLogger.warn({ err: error }, 'Queue worker error');
  }
}
