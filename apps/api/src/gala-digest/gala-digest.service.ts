import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  calendarDateAt,
  galaDigestMail,
  GalaSpreadsheetError,
  GalaSpreadsheetErrorCode,
  scopeOf,
  type GalaDigestSubscription,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { Mailer } from '../common/mailer.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { GalaDashboardService } from '../gala/gala-dashboard.service.js';
import { GalaDigestRepository } from './gala-digest.repository.js';

export const digestJob = 'dagelijkse GALA-signalen';

/** The daily e-mail of GALA alerts: who opted in, and sending it (from the timer or the `send-digest` command). */
@Injectable()
export class GalaDigestService {
  private readonly logger = new Logger(GalaDigestService.name);
  private readonly appUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: GalaDigestRepository,
    private readonly dashboards: GalaDashboardService,
    private readonly auth: AuthService,
    private readonly accessLog: AccessLogService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(CONFIG) config: Config,
  ) {
    this.appUrl = `${config.PUBLIC_URL ?? `http://localhost:${config.PORT}`}/`;
  }

  get mailEnabled(): boolean {
    return this.mailer.enabled;
  }

  get(actor: Actor): Promise<GalaDigestSubscription> {
    requireCoordinator(actor);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.subscriptions.find(manager, actor.person.id);
      return {
        subscribed: found?.subscribed ?? false,
        lastSentOn: found?.lastSentOn ?? null,
        mailEnabled: this.mailEnabled,
      };
    });
  }

  set(actor: Actor, subscribed: boolean): Promise<GalaDigestSubscription> {
    requireCoordinator(actor);
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.subscriptions.save(manager, actor.person.id, subscribed);
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'gala-digest-subscription',
        recordId: actor.person.id,
        recordOwnerId: actor.person.id,
      });
      return { subscribed: saved.subscribed, lastSentOn: saved.lastSentOn, mailEnabled: this.mailEnabled };
    });
  }

  /**
   * Sends the digest to everyone who opted in: their alerts, read with their own rights (and access-logged as such),
   * mailed outside any transaction. `everyone` sends again to those who had today's already (the command); the timer
   * skips them. A day without alerts sends nothing.
   */
  async send({ everyone }: { everyone: boolean }): Promise<{ sent: number; empty: number; failed: number }> {
    if (!this.mailer.enabled) throw new Error('Er is geen SMTP-server ingesteld (SMTP_HOST); er is niets verstuurd.');
    const today = calendarDateAt(this.clock.now());
    const due = await this.dataSource.transaction((manager) =>
      this.subscriptions.due(manager, everyone ? null : today),
    );
    const outcome = { sent: 0, empty: 0, failed: 0 };
    for (const personId of due) {
      const loaded = await this.auth.loadPrincipal(personId);
      if (!loaded) continue;
      const actor: Actor = {
        ...loaded,
        via: { kind: 'scheduled', job: digestJob },
        purpose: 'Dagelijkse e-mail met GALA-signalen',
        requestId: randomUUID(),
      };
      const alerts = await this.dashboards.alerts(actor, {});
      const mail = galaDigestMail({
        name: loaded.person.name,
        alerts: alerts.items,
        asOf: alerts.asOf,
        appUrl: this.appUrl,
      });
      try {
        if (mail) await this.mailer.send({ to: loaded.person.email, ...mail });
        await this.dataSource.transaction((manager) => this.subscriptions.markSent(manager, personId, today));
        outcome[mail ? 'sent' : 'empty'] += 1;
      } catch (error) {
        // One unreachable mailbox does not stop the others; it is tried again on the next run.
        outcome.failed += 1;
        this.logger.warn(`GALA digest to person ${personId} failed: ${(error as Error).name}`);
      }
    }
    return outcome;
  }
}

/** The digest carries a region's alerts: for whoever coordinates none, it does not exist (404, as the plans). */
function requireCoordinator(actor: Actor): void {
  const scope = scopeOf({ principal: actor.principal, permission: 'gala-plan:read', contextType: 'region' });
  if (!scope.all && scope.ids.length === 0)
    throw new GalaSpreadsheetError(
      GalaSpreadsheetErrorCode.REGION_NOT_FOUND,
      'De dagelijkse GALA-e-mail is voor coördinatoren van een regio.',
    );
}
