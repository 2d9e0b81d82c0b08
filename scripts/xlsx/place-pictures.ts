import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type ExcelJS from 'exceljs';
import type { SheetPicture } from '../../core/grid/output-sheet';

/** Rendered at twice the size it is shown, so it stays sharp in print. */
const pixelRatio = 2;

/**
 * Fonts for the pictures, best first: Arial's metrics (Liberation Sans on Linux, which
 * LibreOffice brings; Arial on Windows and macOS), on which the charts' layout is measured, then
 * DejaVu Sans (wider, but on every Linux with fontconfig). `.ci/run` installs fonts-liberation2.
 */
const fontChoices: readonly { readonly family: string; readonly files: readonly string[] }[] = [
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
      '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
    ],
  },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
  {
    family: 'Arial',
    files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  },
];

/**
 * The font the pictures are drawn in: the first of `fontChoices` whose regular face is on this
 * machine, else null (then the system's fonts, whatever they are).
 *
 * @example pictureFont() // { family: 'Liberation Sans', files: ['/usr/share/fonts/…/LiberationSans-Regular.ttf', …] }
 */
function pictureFont(): { family: string; files: string[] } | null {
  for (const choice of fontChoices) {
    const [regular] = choice.files;
    if (regular && existsSync(regular))
      return { family: choice.family, files: choice.files.filter((f) => existsSync(f)) };
  }
  return null;
}

let font: ReturnType<typeof pictureFont> | undefined;

/**
 * An SVG as PNG bytes at twice its size on the sheet, every text in `pictureFont()` (resvg does
 * not walk an SVG's list of font families, so the font is chosen here).
 *
 * @param svg - the picture
 * @param width - its width on the sheet in pixels
 * @example svgToPng(barChartSvg(spec, 640).svg, 640).subarray(1, 4).toString() // 'PNG'
 */
function svgToPng(svg: string, width: number): Buffer {
  font ??= pictureFont();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * pixelRatio) },
    background: '#ffffff',
    font: font
      ? { loadSystemFonts: false, fontFiles: font.files, defaultFontFamily: font.family }
      : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/**
 * Places a tab's pictures: each SVG rendered to PNG and anchored at its cell, at its size.
 *
 * @param wb - the workbook (it holds the images)
 * @param ws - the worksheet
 * @param pictures - the tab's pictures
 * @example placePictures(wb, ws, summary.format.pictures ?? [])
 */
export function placePictures(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, pictures: readonly SheetPicture[]): void {
  for (const picture of pictures) {
    const png = svgToPng(picture.svg, picture.width);
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, {
      tl: { col: picture.anchor.column, row: picture.anchor.row },
      ext: { width: picture.width, height: picture.height },
      editAs: 'oneCell',
    });
  }
}
