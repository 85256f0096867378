import {
  ProblemSchema,
  fillPath,
  problemMediaType,
  type GalaImportReport,
  type importGalaPlans,
  type previewGalaImport,
} from '@leerkring/domain';
import { ApiProblem, apiPrefix, csrfHeader } from '../../../lib/api-client';
import { i18n } from '../../../lib/i18n';

type UploadOperation = typeof previewGalaImport | typeof importGalaPlans;

/** How far an upload is: bytes sent of the total, then the server's work (reading and checking every row). */
export type UploadStage = { stage: 'sending'; percent: number } | { stage: 'processing' };

const unexpected = (status: number) =>
  new ApiProblem({
    kind: status === 0 ? 'network' : 'unexpected-response',
    problem: {
      type: 'about:blank',
      status,
      title: i18n.t(status === 0 ? 'problem.network.title' : 'problem.unexpected.title'),
      detail: i18n.t(status === 0 ? 'problem.network.detail' : 'problem.unexpected.detail', { status }),
    },
  });

/**
 * Sends a workbook raw to an upload operation with XMLHttpRequest, which (unlike fetch) reports upload progress; the
 * answer is checked against the operation's schema, and a failure thrown as an `ApiProblem` as `callApi` does.
 */
export function uploadWorkbook({
  operation,
  regionId,
  file,
  csrfToken,
  onProgress,
}: {
  operation: UploadOperation;
  regionId: string;
  file: Blob;
  csrfToken: string | null;
  onProgress: (stage: UploadStage) => void;
}): Promise<GalaImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(operation.method, `${apiPrefix}${fillPath({ path: operation.path, params: { regionId } })}`);
    request.setRequestHeader('Content-Type', operation.upload.mediaType);
    request.setRequestHeader('Accept', `application/json, ${problemMediaType}`);
    if (csrfToken) request.setRequestHeader(csrfHeader, csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress({ stage: 'sending', percent: Math.round((event.loaded / event.total) * 100) });
    };
    request.upload.onload = () => onProgress({ stage: 'processing' });
    request.onerror = () => reject(unexpected(0));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        const parsed = operation.success.schema.safeParse(body);
        if (parsed.success) resolve(parsed.data);
        else reject(unexpected(request.status));
        return;
      }
      const problem = ProblemSchema.safeParse(body);
      reject(
        problem.success ? new ApiProblem({ problem: problem.data, kind: 'problem', body }) : unexpected(request.status),
      );
    };
    onProgress({ stage: 'sending', percent: 0 });
    request.send(file);
  });
}
