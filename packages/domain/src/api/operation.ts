import type { z } from 'zod';
import type { Permission } from '../access/policy.js';
import type { ProblemStatus } from '../problem/schema.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an operation. Deny by default: every operation says it, and the API refuses one that does not.
 * `public` needs no sign-in; otherwise the permission of the policy decides (see access/policy.ts).
 */
export type OperationAccess =
  | { readonly public: true; readonly permission?: never; readonly sessionOnly?: never }
  | {
      readonly permission: Permission;
      readonly public?: never;
      /** Only with a cookie session (a person at the web app), never with an API token: 403 for a bearer token. */
      readonly sessionOnly?: true;
    };

/** A success that answers a body (or, for 204, none). */
export interface OperationSuccess {
  readonly status: 200 | 201 | 204;
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Lists answer a page and a `Link` header. */
  readonly paged?: boolean;
  /** A created resource answers its address in a `Location` header. */
  readonly location?: boolean;
  /** A body other than JSON (an export, answered as a string; or a stream of server-sent events the handler writes itself). */
  readonly mediaType?:
    | 'text/csv'
    | 'text/markdown'
    | 'text/event-stream'
    | 'text/calendar'
    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

/** The XLSX media type: exports answer it, uploads send it. */
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A request body that is a file, not JSON: sent raw with its media type, refused 413 beyond `maxBytes`. */
export interface OperationUpload {
  readonly mediaType: typeof xlsxMediaType;
  readonly maxBytes: number;
  readonly description: string;
}

/**
 * A success that sends the browser elsewhere: 302 with a `Location` header the handler sets itself, and no body.
 * For the steps of a browser flow (single sign-on), never for an API client's call.
 */
export interface OperationRedirect {
  readonly status: 302;
  readonly description: string;
  readonly location: true;
  readonly schema?: never;
  readonly paged?: never;
  readonly mediaType?: never;
}

/**
 * One operation of the API, written once: the API routes and validates with it, the OpenAPI document is generated
 * from it, and the web client calls it with the types it infers.
 */
export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path below `/api/v1`, with `{name}` parameters, as in OpenAPI. */
  readonly path: `/${string}`;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Instead of a JSON body: a file sent raw (never both). */
  readonly upload?: OperationUpload;
  readonly success: OperationSuccess | OperationRedirect;
  /** Why records are accessed through this operation, for the access log (the client may give its own). */
  readonly purpose?: string;
  /** The problems this operation can answer besides the ones every operation can (400, 404 for unknown records…). */
  readonly errors: readonly ProblemStatus[];
  readonly access: OperationAccess;
}

export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type InferOr<T, Fallback> = T extends z.ZodType ? z.infer<T> : Fallback;
type InputOr<T, Fallback> = T extends z.ZodType ? z.input<T> : Fallback;

/** What a client sends to call an operation. */
export type OperationRequest<O extends Operation> = {
  params: InferOr<O['params'], undefined>;
  query: InputOr<O['query'], undefined>;
  body: InputOr<O['body'], undefined>;
};
/** What the API hands a controller once the request passed the operation's schemas. */
export type OperationInput<O extends Operation> = {
  params: InferOr<O['params'], undefined>;
  query: InferOr<O['query'], undefined>;
  /** An upload's bytes, or the parsed JSON body. */
  body: O['upload'] extends OperationUpload ? Uint8Array : InferOr<O['body'], undefined>;
};
/** What the operation answers on success. */
export type OperationResponse<O extends Operation> = InferOr<O['success']['schema'], void>;

/** Fills the `{name}` parameters of a path template, encoding each value. */
export function fillPath({ path, params }: { path: string; params?: Record<string, string> | undefined }): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** Whether a concrete path (below the prefix) matches an operation's template. */
export function matchesPath({ template, path }: { template: string; path: string }): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}
