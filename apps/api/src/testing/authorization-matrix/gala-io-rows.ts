import { galaImportSheets, xlsxMediaType, type OperationId } from '@leerkring/domain';
import { workbookBytes } from '../../gala-io/workbook-file.js';
import { signedIn, type Probe } from './fixtures.js';

/**
 * The spreadsheets, calendar and digest of GALA plans are the region's coordinator's, as the plans: another region's
 * coordinator and role holders without the right get 404, the administrator (no role) 403. The template is no record:
 * any role holder may download it. The import probes send a workbook with the headers only, so they change nothing.
 */
const regional = (status: number): Probe['expect'] => ({
  ...signedIn(404),
  admin: 403,
  coordinator: status,
  otherCoordinator: 404,
});
const coordinators = (status: number): Probe['expect'] => ({
  ...signedIn(404),
  admin: 403,
  coordinator: status,
  otherCoordinator: status,
});
const emptyWorkbook = () =>
  workbookBytes(
    Object.values(galaImportSheets).map((sheet) => ({
      name: sheet.name,
      rows: [sheet.columns.map((column) => column.header)],
    })),
  );
const upload = { 'content-type': xlsxMediaType };

export const galaIoRows = {
  getGalaImportTemplate: { expect: { ...signedIn(200), admin: 403 } },
  exportGalaPlansXlsx: { params: (f) => ({ regionId: f.achterhoek }), expect: regional(200) },
  exportGalaPlansCsv: { params: (f) => ({ regionId: f.achterhoek }), query: '?topic=budget', expect: regional(200) },
  getGalaCalendar: { params: (f) => ({ regionId: f.achterhoek }), expect: regional(200) },
  previewGalaImport: {
    params: (f) => ({ regionId: f.achterhoek }),
    headers: upload,
    body: emptyWorkbook,
    expect: regional(200),
  },
  importGalaPlans: {
    params: (f) => ({ regionId: f.achterhoek }),
    headers: upload,
    body: emptyWorkbook,
    expect: regional(200),
  },
  getMyGalaDigest: { expect: coordinators(200) },
  updateMyGalaDigest: { body: () => ({ subscribed: false }), expect: coordinators(200) },
} satisfies Partial<Record<OperationId, Probe>>;
