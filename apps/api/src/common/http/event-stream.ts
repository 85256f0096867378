import { apiVersion } from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A server-sent event stream opened on a Fastify reply. */
export interface EventStream {
  /** Writes one event (`event: <type>`, `data: <JSON>`); nothing once closed. */
  send(type: string, data: unknown): void;
  close(): void;
  readonly closed: boolean;
}

/**
 * Takes the reply over from Fastify and opens a server-sent event stream with the API's headers: a heartbeat comment
 * every `heartbeatMilliseconds`, closed when the client hangs up or when the server shuts down (`track` registers the
 * close with the feature's event bus, when it keeps one). `onClose` runs once, whoever closes.
 */
export function openEventStream({
  request,
  reply,
  heartbeatMilliseconds,
  track,
  onClose,
}: {
  request: FastifyRequest;
  reply: FastifyReply;
  heartbeatMilliseconds: number;
  track?: (close: () => void) => () => void;
  onClose: () => void;
}): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
    'API-Version': apiVersion,
    'X-Request-Id': String(request.id),
  });
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatMilliseconds);
  let closed = false;
  const untrack = track?.(() => close()) ?? (() => {});
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    onClose();
    untrack();
    if (!raw.writableEnded) raw.end();
  }
  request.raw.on('close', close);
  raw.on('close', close);
  return {
    send(type, data) {
      if (!closed) raw.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close,
    get closed() {
      return closed;
    },
  };
}
