import { Controller, Res } from '@nestjs/common';
import { exportAccessLog, listAccessLog, type OperationInput } from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AccessLogService } from './access-log.service.js';

@Controller()
export class AccessLogController {
  constructor(
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  @Endpoint(listAccessLog)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listAccessLog>) {
    return this.accessLog.list(actor, query);
  }

  @Endpoint(exportAccessLog)
  async export(
    @CurrentActor() actor: Actor,
    @ValidInput() { query }: OperationInput<typeof exportAccessLog>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const day = this.clock.now().toISOString().slice(0, 10);
    void reply.header('Content-Disposition', `attachment; filename="toegangslog-${day}.csv"`);
    return this.accessLog.exportCsv(actor, query);
  }
}
