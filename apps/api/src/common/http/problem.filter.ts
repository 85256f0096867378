import fs from 'node:fs';
import path from 'node:path';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiPrefix } from './prefix.js';
import { sendProblem } from './problem.js';

/** Every error becomes problem+json; outside the API, an unknown GET is the web app's own route. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly indexHtml: Buffer | undefined;

  constructor(webDist: string) {
    const index = path.join(webDist, 'index.html');
    this.indexHtml = fs.existsSync(index) ? fs.readFileSync(index) : undefined;
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (this.isWebRoute(error, request) && this.indexHtml) {
      void reply.status(200).type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(this.indexHtml);
      return;
    }
    void sendProblem(reply, request, error);
  }

  private isWebRoute(error: unknown, request: FastifyRequest): boolean {
    const pathname = request.url.split('?', 1)[0] ?? '';
    return (
      error instanceof HttpException &&
      error.getStatus() === 404 &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      pathname !== apiPrefix &&
      !pathname.startsWith(`${apiPrefix}/`) &&
      !path.extname(pathname)
    );
  }
}
