import 'reflect-metadata';
import { configureDutchValidationMessages, operations, type Operation } from '@leerkring/domain';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { fastifyOptions, registerHttp } from './common/http/http-setup.js';
import { OperationInterceptor } from './common/http/operation.interceptor.js';
import { apiPrefix } from './common/http/prefix.js';
import { ProblemFilter } from './common/http/problem.filter.js';
import type { Config } from './config/config.js';

const nestLogLevels: Record<Config['LOG_LEVEL'], LogLevel[]> = {
  trace: ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'],
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
  fatal: ['fatal'],
  silent: [],
};

/** Builds the whole app — the same for `pnpm start` and for every API test. Migrations run before it answers. */
export async function createApp(config: Config): Promise<NestFastifyApplication> {
  // Problems speak Dutch, also where a rule has no message of its own.
  configureDutchValidationMessages();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter(fastifyOptions(config)),
    {
      bodyParser: false,
      abortOnError: false,
      logger:
        config.LOG_LEVEL === 'silent'
          ? false
          : new ConsoleLogger({ json: true, logLevels: nestLogLevels[config.LOG_LEVEL] }),
    },
  );
  app.setGlobalPrefix(apiPrefix.slice(1));
  app.useGlobalFilters(new ProblemFilter(config.WEB_DIST));
  app.useGlobalInterceptors(new OperationInterceptor(app.get(Reflector)));
  await registerHttp(app, config);
  await app.init();
  assertEveryOperationIsServed(app);
  return app;
}

/** An operation without a route stops the start; a route without an operation is refused by the AccessGuard. */
function assertEveryOperationIsServed(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const missing = (Object.values(operations) as Operation[]).filter(
    (operation) =>
      !fastify.hasRoute({
        method: operation.method,
        url: `${apiPrefix}${operation.path.replace(/\{(\w+)\}/g, ':$1')}`,
      }),
  );
  if (missing.length > 0)
    throw new Error(`Operations without a route: ${missing.map((operation) => operation.operationId).join(', ')}`);
}
