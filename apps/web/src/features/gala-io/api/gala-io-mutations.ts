import { importGalaPlans, previewGalaImport, updateMyGalaDigest, type GalaImportReport } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { callApi } from '../../../lib/api-client';
import { csrfTokenIn } from '../../../lib/auth';
import { myGalaDigestKey } from './gala-io-queries';
import { uploadWorkbook, type UploadStage } from './upload-workbook';

/** Preview or import a workbook, with the upload's progress to show. */
export function useWorkbookUpload(kind: 'preview' | 'import') {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadStage | null>(null);
  const mutation = useMutation({
    mutationFn: ({ regionId, file }: { regionId: string; file: Blob }): Promise<GalaImportReport> =>
      uploadWorkbook({
        operation: kind === 'preview' ? previewGalaImport : importGalaPlans,
        regionId,
        file,
        csrfToken: csrfTokenIn(queryClient),
        onProgress: setProgress,
      }),
    onSettled: async () => {
      setProgress(null);
      // An import changes plans, and so the dashboard and the alerts.
      if (kind === 'import') await queryClient.invalidateQueries();
    },
  });
  return { ...mutation, progress };
}

/** Opt in to or out of the daily GALA e-mail. */
export function useSaveGalaDigest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscribed: boolean) => callApi(updateMyGalaDigest, { body: { subscribed } }),
    onSuccess: (saved) => queryClient.setQueryData(myGalaDigestKey, saved),
  });
}
