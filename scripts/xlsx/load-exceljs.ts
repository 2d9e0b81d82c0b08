import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it takes a quarter of a second to load, which a command that
 * reads no workbook (`--help`, `period`, `roadmap` without `--book`) should not pay.
 *
 * @example const { Workbook } = await loadExcelJs(); new Workbook()
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const loaded = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return loaded.default ?? loaded;
}
