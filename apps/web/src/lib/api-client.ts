import {
  ProblemSchema,
  fillPath,
  problemMediaType,
  type Operation,
  type OperationRequest,
  type OperationResponse,
  type Problem,
} from '@leerkring/domain';
import { i18n } from './i18n';

export const apiPrefix = '/api/v1';

/** Why a call failed: the API answered a problem, answered something else, or could not be reached. */
export type ApiProblemKind = 'problem' | 'unexpected-response' | 'network';

/** A failed API call, carrying problem details a person can read (the API's own, or a translated generic one). */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  readonly problem: Problem;
  readonly kind: ApiProblemKind;
  /** From a `Retry-After` header (429), in seconds. */
  readonly retryAfterSeconds: number | undefined;
  /**
   * The problem body as the API sent it, with any members beyond RFC 9457 (such as the `current` state of a stale
   * update, 412), for the caller to parse with the operation's own schema.
   */
  readonly body: unknown;

  constructor({
    problem,
    kind,
    cause,
    retryAfterSeconds,
    body,
  }: {
    problem: Problem;
    kind: ApiProblemKind;
    cause?: unknown;
    retryAfterSeconds?: number | undefined;
    body?: unknown;
  }) {
    super(problem.title, { cause });
    this.problem = problem;
    this.kind = kind;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }

  /** The HTTP status, or 0 when the API could not be reached. */
  get status(): number {
    return this.problem.status;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

type Slot<Key extends string, T> = [T] extends [undefined]
  ? { [K in Key]?: undefined }
  : object extends T
    ? { [K in Key]?: T }
    : { [K in Key]: T };

/** What `callApi` takes: each part the operation defines; parts that are all optional may be left out. */
export type CallRequest<O extends Operation> = Slot<'params', OperationRequest<O>['params']> &
  Slot<'query', OperationRequest<O>['query']> &
  Slot<'body', OperationRequest<O>['body']>;

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** The CSRF token to send on a change; defaults to the one of the signed-in session (see `setCsrfTokenSource`). */
  csrfToken?: string | null;
  /** Extra request headers, such as `If-Match` for an update guarded by the ETag of what was read. */
  headers?: Record<string, string> | undefined;
}

let csrfTokenSource: () => string | null | undefined = () => null;

/**
 * Where `callApi` finds the session's CSRF token for changes (POST, PATCH, DELETE): the app points it at the `me`
 * answer held in the query cache.
 */
export function setCsrfTokenSource(source: () => string | null | undefined): void {
  csrfTokenSource = source;
}

export const csrfHeader = 'X-CSRF-Token';

function queryString(query: unknown): string {
  if (query === undefined || query === null) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function genericProblem({ kind, status }: { kind: Exclude<ApiProblemKind, 'problem'>; status: number }): Problem {
  if (kind === 'network') {
    return {
      type: 'about:blank',
      status,
      title: i18n.t('problem.network.title'),
      detail: i18n.t('problem.network.detail'),
    };
  }
  return {
    type: 'about:blank',
    status,
    title: i18n.t('problem.unexpected.title'),
    detail: i18n.t('problem.unexpected.detail', { status }),
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls one operation of the API. The request and the answer are typed by the operation, the answer is checked
 * against its schema, and every failure is thrown as an `ApiProblem`.
 */
export async function callApi<O extends Operation>(
  operation: O,
  ...[request, options]: object extends CallRequest<O>
    ? [request?: CallRequest<O>, options?: CallOptions]
    : [request: CallRequest<O>, options?: CallOptions]
): Promise<OperationResponse<O>> {
  const doFetch = options?.fetch ?? globalThis.fetch;
  const params = request?.params as Record<string, string> | undefined;
  const url = `${apiPrefix}${fillPath({ path: operation.path, params })}${queryString(request?.query)}`;
  const headers: Record<string, string> = { ...options?.headers, Accept: `application/json, ${problemMediaType}` };
  if (operation.method !== 'GET') {
    const token = options?.csrfToken !== undefined ? options.csrfToken : csrfTokenSource();
    if (token) headers[csrfHeader] = token;
  }
  let body: string | undefined;
  if (request?.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.body);
  }

  let response: Response;
  try {
    response = await doFetch(url, {
      method: operation.method,
      headers,
      body,
      signal: options?.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    // A cancelled query is not a failure to report; let the caller see the abort.
    if (options?.signal?.aborted) throw error;
    throw new ApiProblem({ problem: genericProblem({ kind: 'network', status: 0 }), kind: 'network', cause: error });
  }

  if (!response.ok) {
    const json = await readJson(response);
    const parsed = ProblemSchema.safeParse(json);
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
    if (parsed.success) {
      throw new ApiProblem({
        problem: parsed.data,
        kind: 'problem',
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
        body: json,
      });
    }
    throw new ApiProblem({
      problem: genericProblem({ kind: 'unexpected-response', status: response.status }),
      kind: 'unexpected-response',
    });
  }

  const schema = operation.success.schema;
  if (!schema || response.status === 204) return undefined as OperationResponse<O>;
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiProblem({
      problem: {
        type: 'about:blank',
        status: response.status,
        title: i18n.t('problem.invalidResponse.title'),
        detail: i18n.t('problem.invalidResponse.detail'),
      },
      kind: 'unexpected-response',
      cause: parsed.error,
    });
  }
  return parsed.data as OperationResponse<O>;
}

/** The problem's machine-readable code, when the error is a problem the API answered. */
export function problemCode(error: unknown): string | undefined {
  return isApiProblem(error) ? error.problem.code : undefined;
}

/** The address of an operation (for a plain link, such as an export or the start of single sign-on). */
export function operationUrl<O extends Operation>(operation: O, query?: Record<string, unknown>): string {
  return `${apiPrefix}${operation.path}${queryString(query)}`;
}

/** Problem details to show for any error, also one that did not come from the API. */
export function problemOf(error: unknown): Problem {
  if (isApiProblem(error)) return error.problem;
  return {
    type: 'about:blank',
    status: 500,
    title: i18n.t('problem.page.title'),
    detail: i18n.t('problem.page.detail'),
  };
}
