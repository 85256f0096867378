import { Controller, Res } from '@nestjs/common';
import {
  exportGalaPlansCsv,
  exportGalaPlansXlsx,
  getGalaCalendar,
  getGalaImportTemplate,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaExportService } from './gala-export.service.js';

const attachment = (reply: FastifyReply, fileName: string) =>
  void reply.header('Content-Disposition', `attachment; filename="${fileName}"`);
const today = () => new Date().toISOString().slice(0, 10);

@Controller()
export class GalaExportController {
  constructor(private readonly exports: GalaExportService) {}

  @Endpoint(getGalaImportTemplate)
  async template(@Res({ passthrough: true }) reply: FastifyReply) {
    attachment(reply, 'gala-importsjabloon.xlsx');
    return this.exports.template();
  }

  @Endpoint(exportGalaPlansXlsx)
  async xlsx(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof exportGalaPlansXlsx>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const bytes = await this.exports.xlsx(actor, params.regionId);
    attachment(reply, `gala-${today()}.xlsx`);
    return bytes;
  }

  @Endpoint(exportGalaPlansCsv)
  async csv(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, query }: OperationInput<typeof exportGalaPlansCsv>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const text = await this.exports.csv(actor, params.regionId, query.topic);
    attachment(reply, `gala-${query.topic}-${today()}.csv`);
    return text;
  }

  @Endpoint(getGalaCalendar)
  async calendar(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getGalaCalendar>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const text = await this.exports.calendar(actor, params.regionId);
    attachment(reply, 'gala-mijlpalen.ics');
    return text;
  }
}
