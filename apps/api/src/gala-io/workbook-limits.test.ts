import { deflateRawSync } from 'node:zlib';
import { galaImportMaxRows, galaImportMaxUnpackedBytes, ProblemSchema, xlsxMediaType } from '@leerkring/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GalaPlanEntity } from '../gala/gala-plan.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { refuseOversizedZip, WorkbookTooLargeError } from './workbook-limits.js';

/** A zip of deflated entries, written by hand: what a crafted upload can hold, sizes declared as the caller says. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize ?? data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declaredSize ?? data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

describe('a workbook upload that unpacks to too much', () => {
  let test: TestApp;
  let coordinator: TestSession;
  let achterhoek: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const send = (kind: 'gala-import-previews' | 'gala-imports', payload: Buffer) =>
    coordinator.request({
      method: 'POST',
      url: `/api/v1/regions/${achterhoek}/${kind}`,
      headers: { 'content-type': xlsxMediaType },
      payload,
    });
  const expectTooLarge = async (payload: Buffer) => {
    const before = await test.dataSource.getRepository(GalaPlanEntity).find();
    for (const kind of ['gala-import-previews', 'gala-imports'] as const) {
      const response = await send(kind, payload);
      expect(response.statusCode, response.body).toBe(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = ProblemSchema.parse(response.json());
      expect(problem).toMatchObject({ code: 'GALA_WORKBOOK_TOO_LARGE' });
      expect(problem.invalidParams?.map((param) => param.name)).toEqual(['body']);
    }
    expect(await test.dataSource.getRepository(GalaPlanEntity).find()).toEqual(before);
  };

  it('refuses a small zip whose entry inflates beyond the allowance, whatever size it declares (413)', async () => {
    const zeros = Buffer.alloc(galaImportMaxUnpackedBytes + 1024);
    const honest = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    const lying = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]);
    expect(honest.length).toBeLessThan(200 * 1024);
    expect(() => refuseOversizedZip(lying, galaImportMaxUnpackedBytes)).toThrow(WorkbookTooLargeError);
    await expectTooLarge(honest);
    await expectTooLarge(lying);
  });

  it('refuses sheets reaching beyond the allowed rows (413), and lets the template pass', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Begroting');
    sheet.getCell(`A${galaImportMaxRows + 1}`).value = 'Gemeente Berkelland';
    await expectTooLarge(Buffer.from(await workbook.xlsx.writeBuffer()));

    const template = await coordinator.request({ method: 'GET', url: '/api/v1/gala-import-template' });
    expect(template.statusCode).toBe(200);
    expect(() => refuseOversizedZip(template.rawPayload, galaImportMaxUnpackedBytes)).not.toThrow();
    expect((await send('gala-import-previews', template.rawPayload)).statusCode).toBe(200);
  });
});
