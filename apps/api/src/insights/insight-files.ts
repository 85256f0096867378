import ExcelJS from 'exceljs';
import {
  csvDocument,
  insightAboutRows,
  insightSheetNames,
  insightTableRows,
  spreadsheetCell,
  type Insight,
  type InsightFilterNames,
  type Language,
} from '@leerkring/domain';

interface InsightFile {
  insight: Insight;
  language: Language;
  exportedAt: string;
  names: InsightFilterNames;
}

/**
 * The insight as an XLSX workbook: a first sheet stating the filters, the date and the disclosure rules, then the
 * table with counts as number cells and `x` where a count is suppressed. Text is neutralised against formulas.
 */
export async function insightWorkbook({ insight, language, exportedAt, names }: InsightFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerkring';
  const sheets = [
    { name: insightSheetNames[language].about, rows: insightAboutRows({ insight, language, exportedAt, names }) },
    { name: insightSheetNames[language].table, rows: insightTableRows(insight, language) },
  ];
  for (const [index, sheet] of sheets.entries()) {
    const worksheet = workbook.addWorksheet(
      sheet.name,
      index === 1 ? { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] } : {},
    );
    worksheet.addRows(sheet.rows.map((row) => row.map(spreadsheetCell)));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getColumn(1).width = 40;
    if (index === 0) worksheet.getColumn(2).width = 80;
    else {
      for (let column = 2; column <= (sheet.rows[0]?.length ?? 1); column++) worksheet.getColumn(column).width = 16;
      const last = worksheet.getRow(sheet.rows.length);
      if (sheet.rows.length > 1) last.font = { bold: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The insight's table as CSV for Dutch Excel, suppressed counts as `x`, text neutralised against formulas. */
export function insightCsv({ insight, language }: Pick<InsightFile, 'insight' | 'language'>): string {
  return csvDocument({ rows: insightTableRows(insight, language) });
}
