import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { apiVersion, operations, xlsxMediaType, type Operation } from '@leerkring/domain';
import { NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyServerOptions } from 'fastify';
import type { Config } from '../../config/config.js';
import { apiPrefix } from './prefix.js';
import { sendProblem } from './problem.js';

/** Fastify's own options: body limit, request ids, and pino logs that never carry a body or a query string. */
export function fastifyOptions(config: Config): FastifyServerOptions {
  return {
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Made here, never taken from a client header: the access log names the request by it.
    genReqId: () => randomUUID(),
    // A URL Fastify cannot decode (bad percent-encoding) is answered like every other bad input: 400 problem+json.
    frameworkErrors: (_error, request, untypedReply) => {
      const reply = untypedReply as unknown as FastifyReply;
      void reply
        .code(400)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Ongeldige invoer',
          status: 400,
          detail: 'Het pad van dit verzoek is geen geldige URL (ongeldige procentcodering).',
          instance: request.url.split('?', 1)[0],
          code: 'BAD_URL',
          invalidParams: [{ name: 'path', reason: 'Geen geldige procentcodering.', code: 'bad_url' }],
        });
    },
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                path: request.url.split('?', 1)[0],
              }),
              res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
            },
          },
  };
}

const routesByServer = new WeakMap<object, Set<string>>();

/** Every route the server registered below the API prefix, as `METHOD /path/:param`, for the authorization matrix. */
export function apiRoutesOf(app: NestFastifyApplication): string[] {
  return [...(routesByServer.get(app.getHttpAdapter().getInstance()) ?? [])].sort();
}

/** Security headers, CORS allow-list, version and request-id headers, problem+json for parse errors, the web app. */
export async function registerHttp(app: NestFastifyApplication, config: Config): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const routes = new Set<string>();
  routesByServer.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith(`${apiPrefix}/`)) return;
    for (const method of methods) if (method !== 'HEAD') routes.add(`${method} ${route.url}`);
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
    hsts: config.NODE_ENV === 'production',
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCors, {
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: ['API-Version', 'Link', 'Location', 'X-Request-Id', 'ETag', 'Retry-After'],
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('API-Version', apiVersion);
    void reply.header('X-Request-Id', request.id);
    // API answers carry case and personal data: no browser or proxy may keep them. The OpenAPI document may be cached.
    const pathname = request.url.split('?', 1)[0] ?? '';
    if ((pathname === apiPrefix || pathname.startsWith(`${apiPrefix}/`)) && pathname !== `${apiPrefix}/openapi.json`) {
      void reply.header('Cache-Control', 'no-store');
    }
  });
  // The API reads JSON, and the files of upload operations; any other body is answered 415.
  fastify.removeContentTypeParser(['text/plain']);
  // Uploads (an XLSX workbook) come raw, up to the largest an operation takes; an operation that takes JSON answers 415.
  const uploadLimit = Math.max(
    0,
    ...(Object.values(operations) as Operation[]).map((operation) => operation.upload?.maxBytes ?? 0),
  );
  fastify.addContentTypeParser(xlsxMediaType, { parseAs: 'buffer', bodyLimit: uploadLimit }, (_request, body, done) =>
    done(null, body),
  );
  // Paths have no trailing slash (NL API Design Rules): 404, never a redirect or the parent's answer.
  fastify.addHook('onRequest', async (request, reply) => {
    const pathname = request.url.split('?', 1)[0] ?? '';
    if (pathname.startsWith(`${apiPrefix}/`) && pathname.endsWith('/')) {
      return sendProblem(reply, request, new NotFoundException());
    }
  });
  if (fs.existsSync(config.WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: config.WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      setHeaders: (response, filePath) => {
        response.setHeader(
          'Cache-Control',
          filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
}
