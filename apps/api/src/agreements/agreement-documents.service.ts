import { Injectable } from '@nestjs/common';
import { can, lessonThemes } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import { exportFileName, type AgreementDocumentInput } from './agreement-document.js';
import { renderAgreementDocx, renderAgreementMarkdown } from './agreement-document-formats.js';
import { AgreementVersionsService } from './agreement-versions.service.js';
import { AgreementsService } from './agreements.service.js';
import { ConsentRoundsService } from './consent-rounds.service.js';

const lessonTitleLength = 120;

/** Exports of a version (Markdown, Word), on the access checks of the services that read it. */
@Injectable()
export class AgreementDocumentsService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly versions: AgreementVersionsService,
    private readonly consentRounds: ConsentRoundsService,
    private readonly lessons: LessonsRepository,
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async markdown(actor: Actor, agreementId: string, versionId: string): Promise<{ fileName: string; body: string }> {
    const input = await this.exportInput(actor, agreementId, versionId);
    return {
      fileName: exportFileName({ title: input.agreement.title, number: input.version.number, extension: 'md' }),
      body: renderAgreementMarkdown(input),
    };
  }

  async docx(actor: Actor, agreementId: string, versionId: string): Promise<{ fileName: string; body: Buffer }> {
    const input = await this.exportInput(actor, agreementId, versionId);
    return {
      fileName: exportFileName({ title: input.agreement.title, number: input.version.number, extension: 'docx' }),
      body: await renderAgreementDocx(input),
    };
  }

  /**
   * Reads through the agreement, version and consent services (access checked, 404 for another tenant, each read
   * logged), names the lessons the caller may read, and logs the export itself and the lessons it shows.
   */
  private async exportInput(actor: Actor, agreementId: string, versionId: string): Promise<AgreementDocumentInput> {
    const agreement = await this.agreements.get(actor, agreementId);
    const version = await this.versions.get(actor, agreementId, versionId);
    const round = await this.consentRounds.list(actor, agreementId, versionId);
    const lessonTitles = new Map<string, string>();
    await this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(version.clauses.flatMap((clause) => clause.lessonIds ?? []))];
      const lessons = ids.length === 0 ? [] : await this.lessons.findByIds(manager, ids);
      for (const lesson of lessons) {
        const context = { type: 'building-team' as const, id: lesson.buildingTeamId };
        if (!can({ principal: actor.principal, permission: 'lesson:read', context })) continue;
        lessonTitles.set(lesson.id, lessonTitle(lesson));
        await this.accessLog.record(manager, actor, {
          event: 'read',
          recordType: 'lesson',
          recordId: lesson.id,
          recordOwnerId: lesson.recordedById,
          context,
        });
      }
      await this.accessLog.record(manager, actor, {
        event: 'export',
        recordType: 'agreement-version',
        recordId: version.id,
        recordOwnerId: version.createdBy.id,
        context: { type: agreement.context.type, id: agreement.context.id },
      });
    });
    return { agreement, version, round, lessonTitles };
  }
}

/** A lesson has no title: its theme and (the start of) its text, quoted, name it. */
function lessonTitle(lesson: { theme: string; text: string }): string {
  const theme = lessonThemes.find((term) => term.code === lesson.theme)?.label.nl ?? lesson.theme;
  const text = lesson.text.replace(/\s+/g, ' ').trim();
  if (text.length <= lessonTitleLength) return `${theme}: “${text}”`;
  const cut = text.lastIndexOf(' ', lessonTitleLength);
  const short = text.slice(0, cut > 0 ? cut : lessonTitleLength).replace(/[\s,;:.]+$/, '');
  return `${theme}: “${short} …”`;
}
