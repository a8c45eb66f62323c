import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { CONVERSATION_TASK_QUEUE } from '@app/workflows/conversation.contract';
import { APP_CONFIG, registerSearchAttributes, ReviewRunner, type AppConfig } from '@app/domain';
import { createReviewActivities } from './review.activities';
import { workerTuning } from './worker-tuning';
import { WORKFLOWS_PATH } from './workflows-path';

const CONNECT_ATTEMPTS = 30;

@Injectable()
export class TemporalWorkerService implements OnApplicationShutdown {
  private readonly log = new Logger(TemporalWorkerService.name);
  private worker: Worker | undefined;
  private connection: NativeConnection | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reviews: ReviewRunner,
  ) {}

  /**
   * Connects (retrying for ~30 s), registers the contract's search attributes, then polls the task
   * queue until shutdown. Throws if it never connects.
   */
  async start(): Promise<void> {
    const { address, namespace } = this.config.temporal;
    const added = await registerSearchAttributes({ address, namespace });
    if (added.length) this.log.log(`registered search attributes ${added.join(', ')}`);
    this.connection = await this.connect();
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue: CONVERSATION_TASK_QUEUE,
      workflowsPath: WORKFLOWS_PATH,
      activities: createReviewActivities(this.reviews),
      ...workerTuning(this.config.worker),
      shutdownGraceTime: '10s',
    });
    this.running = this.worker.run();
    this.running.catch((err: unknown) => {
      this.log.error(`worker stopped: ${(err as Error).message}`);
      process.exit(1);
    });
  }

  private async connect(): Promise<NativeConnection> {
    const { address } = this.config.temporal;
    for (let attempt = 1; ; attempt++) {
      try {
        return await NativeConnection.connect({ address });
      } catch (err) {
        if (attempt >= CONNECT_ATTEMPTS)
          throw new Error(`cannot connect to Temporal at ${address}: ${(err as Error).message}`, { cause: err });
        this.log.warn(`Temporal at ${address} not reachable yet (${attempt}/${CONNECT_ATTEMPTS})`);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }
}
