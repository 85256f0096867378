import { Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller.js';
import { AccessLogRepository } from './access-log.repository.js';
import { AccessLogService } from './access-log.service.js';

/** Who saw or changed which record, as a hash chain (NEN 7513): every feature records here. */
@Module({
  imports: [],
  controllers: [AccessLogController],
  providers: [AccessLogService, AccessLogRepository],
  exports: [AccessLogService],
})
export class AccessLogModule {}
