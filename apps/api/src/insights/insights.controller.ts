import { Controller, Res } from '@nestjs/common';
import { exportInsightCsv, exportInsightXlsx, getInsight, type OperationInput } from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { InsightsService } from './insights.service.js';

const attachment = (reply: FastifyReply, fileName: string) =>
  void reply.header('Content-Disposition', `attachment; filename="${fileName}"`);
const today = () => new Date().toISOString().slice(0, 10);

@Controller()
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Endpoint(getInsight)
  get(@CurrentActor() actor: Actor, @ValidInput() { params, query }: OperationInput<typeof getInsight>) {
    return this.insights.get(actor, params.insight, query);
  }

  @Endpoint(exportInsightXlsx)
  async xlsx(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, query }: OperationInput<typeof exportInsightXlsx>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { language, ...filters } = query;
    const bytes = await this.insights.xlsx(actor, params.insight, filters, language);
    attachment(reply, `inzicht-${params.insight}-${today()}.xlsx`);
    return bytes;
  }

  @Endpoint(exportInsightCsv)
  async csv(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, query }: OperationInput<typeof exportInsightCsv>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { language, ...filters } = query;
    const text = await this.insights.csv(actor, params.insight, filters, language);
    attachment(reply, `inzicht-${params.insight}-${today()}.csv`);
    return text;
  }
}
