import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  passwordResetLinkValidityMs,
  PasswordResetError,
  PasswordResetErrorCode,
  PersonError,
  PersonErrorCode,
  type PasswordReset,
  type PasswordResetLink,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { ApiTokensRepository } from '../auth/api-tokens.repository.js';
import { AuthSessionsRepository } from '../auth/auth-sessions.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { hashPassword, randomToken, sha256 } from '../common/secrets.js';
import { Clock } from '../common/clock.js';
import { Mailer } from '../common/mailer.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { PeopleRepository } from '../people/people.repository.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

/** The web page that takes the token and asks for the new password. */
export const passwordResetPagePath = '/wachtwoord-herstellen';

/** Administrators never set a password: they send a one-time link, and the person sets it themselves. */
@Injectable()
export class PasswordResetsService {
  private readonly logger = new Logger('PasswordResets');
  private readonly publicUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly auth: AuthService,
    private readonly followers: LiveFollowers,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly links: PasswordResetsRepository,
    private readonly people: PeopleRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly tokens: ApiTokensRepository,
    @Inject(CONFIG) config: Config,
  ) {
    this.publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  }

  createLink(actor: Actor, personId: string): Promise<PasswordResetLink> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people.find(manager, personId);
      if (!person) throw new PersonError(PersonErrorCode.NOT_FOUND, 'Deze persoon bestaat niet.');
      if (!person.active)
        throw new PasswordResetError(
          PasswordResetErrorCode.PERSON_INACTIVE,
          'Deze persoon is niet actief; activeer haar of hem eerst.',
        );
      const now = this.clock.now();
      // One link at a time: an earlier, unused one stops working.
      await this.links.expireUnused(manager, personId, now);
      const token = randomToken();
      const expiresAt = new Date(now.getTime() + passwordResetLinkValidityMs);
      const id = await this.links.create(manager, {
        personId,
        tokenHash: sha256(token),
        requestedById: actor.person.id,
        createdAt: now,
        expiresAt,
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'password-reset',
        recordId: id,
        recordOwnerId: personId,
      });
      const link = `${this.publicUrl}${passwordResetPagePath}?token=${encodeURIComponent(token)}`;
      if (!this.mailer.enabled) return { expiresAt: expiresAt.toISOString(), sentTo: null, link };
      try {
        await this.mailer.send({
          to: person.email,
          subject: 'Kies een nieuw wachtwoord voor Leerkring',
          text: resetMailText({ name: person.name, link, expiresAt }),
        });
      } catch (error) {
        this.logger.error(
          `The reset link for person ${personId} could not be mailed: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw new PasswordResetError(
          PasswordResetErrorCode.MAIL_FAILED,
          'De e-mail met de herstellink kon niet worden verstuurd; probeer het later opnieuw.',
        );
      }
      return { expiresAt: expiresAt.toISOString(), sentTo: person.email, link: null };
    });
  }

  /** Uses a link once: sets the new password and ends every session and API token of the person. */
  async reset(input: PasswordReset, requestId: string): Promise<void> {
    const invalid = (message: string) =>
      new PasswordResetError(PasswordResetErrorCode.LINK_INVALID, message, 'body.token');
    const found = await this.links.findByHash(this.dataSource.manager, sha256(input.token));
    if (!found) throw invalid('Deze herstellink bestaat niet. Vraag je beheerder om een nieuwe.');
    if (found.usedAt) throw invalid('Deze herstellink is al gebruikt. Vraag je beheerder om een nieuwe.');
    if (found.expiresAt.getTime() <= this.clock.now().getTime())
      throw invalid('Deze herstellink is verlopen. Vraag je beheerder om een nieuwe.');
    const loaded = await this.auth.loadPrincipal(found.personId);
    if (!loaded) throw invalid('Deze herstellink hoort bij een persoon die niet meer actief is.');
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      // Used-once is decided in the UPDATE itself, so two uses at once cannot both succeed.
      if (!(await this.links.use(manager, found.id, now)))
        throw invalid('Deze herstellink is al gebruikt. Vraag je beheerder om een nieuwe.');
      await this.people.update(manager, found.personId, { passwordHash, updatedAt: now });
      await this.sessions.deleteOfPerson(manager, found.personId);
      await this.tokens.revokeLiveOfPerson(manager, found.personId, now);
      const actor: Actor = {
        ...loaded,
        via: { kind: 'reset-link', resetId: found.id },
        purpose: 'Wachtwoordherstel met een herstellink',
        requestId,
      };
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'password-reset',
        recordId: found.id,
        recordOwnerId: found.personId,
      });
    });
    // The person's live streams end with their sessions and tokens.
    await this.followers.recheckPeople([found.personId]);
  }
}

function resetMailText({ name, link, expiresAt }: { name: string; link: string; expiresAt: Date }): string {
  return [
    `Beste ${name},`,
    '',
    'Je beheerder van Leerkring heeft een link voor je gemaakt om een nieuw wachtwoord te kiezen:',
    '',
    link,
    '',
    `De link werkt één keer, tot ${expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC. Daarna vraag je een nieuwe aan.`,
    'Kies je een nieuw wachtwoord, dan word je overal afgemeld en werken je API-tokens niet meer.',
    'Verwachtte je deze e-mail niet? Laat het je beheerder weten.',
  ].join('\n');
}
