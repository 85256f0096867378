import { describe, expect, it } from 'vitest';
import { ConfigError, databaseKindOf, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults that start the app on SQLite at port 3000', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.SQLITE_PATH).toMatch(/data[/\\]leerkring\.sqlite$/);
    expect(databaseKindOf(config)).toBe('sqlite');
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('switches to PostgreSQL when DATABASE_URL is set, and treats an empty value as absent', () => {
    expect(databaseKindOf(loadConfig({ DATABASE_URL: 'postgres://leerkring@db:5432/leerkring' }))).toBe('postgres');
    expect(databaseKindOf(loadConfig({ DATABASE_URL: '' }))).toBe('sqlite');
  });

  it('reads a CORS allow-list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it.each([
    [{ PORT: 'drieduizend' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/leerkring' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_MIGRATION_URL: 'postgres://owner@db:5432/leerkring' }, 'DATABASE_MIGRATION_URL'],
    [
      { DATABASE_URL: 'postgres://app@db:5432/leerkring', DATABASE_MIGRATION_URL: 'mysql://owner@db/leerkring' },
      'DATABASE_MIGRATION_URL',
    ],
    [{ SMTP_HOST: 'smtp.gemeente.nl' }, 'MAIL_FROM'],
    [{ SMTP_HOST: 'smtp.gemeente.nl', MAIL_FROM: 'noreply@gemeente.nl', SMTP_USER: 'leerkring' }, 'SMTP_PASSWORD'],
    [{ SMTP_PORT: '0' }, 'SMTP_PORT'],
    [{ SMTP_SECURE: 'misschien' }, 'SMTP_SECURE'],
    [{ PUBLIC_URL: 'leerkring.gemeente.nl' }, 'PUBLIC_URL'],
  ])('stops on %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('reads the mail settings for reset links', () => {
    const config = loadConfig({
      SMTP_HOST: 'smtp.gemeente.nl',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      MAIL_FROM: 'Leerkring <noreply@gemeente.nl>',
      PUBLIC_URL: 'https://leerkring.gemeente.nl/',
    });
    expect(config).toMatchObject({
      SMTP_HOST: 'smtp.gemeente.nl',
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      PUBLIC_URL: 'https://leerkring.gemeente.nl',
    });
  });
});
