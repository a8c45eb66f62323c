import { Module } from '@nestjs/common';
import { DomainModule, OutboxRelay, SearchSyncService } from '@app/domain';
import { EventPrunerService } from './event-pruner.service';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [DomainModule],
  providers: [TemporalWorkerService, SearchSyncService, OutboxRelay, EventPrunerService],
})
export class WorkerModule {}
