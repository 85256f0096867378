import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { GalaDigestService } from './gala-digest.service.js';

/**
 * The `send-digest` command: the app without serving (migrated, as at start), the digest sent to everyone who opted in,
 * a line about it on standard output. Answers the exit code.
 */
export async function sendDigestNow(config: Config): Promise<number> {
  const app = await createApp(config);
  try {
    const { sent, empty, failed } = await app.get(GalaDigestService).send({ everyone: true });
    process.stdout.write(
      `GALA-e-mail: ${sent} verstuurd, ${empty} zonder signalen (niets verstuurd), ${failed} mislukt.\n`,
    );
    return failed > 0 ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await app.close();
  }
}
