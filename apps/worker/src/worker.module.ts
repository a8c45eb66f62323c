import { Module } from '@nestjs/common';
import { DomainModule, OutboxRelay } from '@app/domain';
import { SearchSyncService } from './search-sync.service';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [DomainModule],
  providers: [TemporalWorkerService, SearchSyncService, OutboxRelay],
})
export class WorkerModule {}
