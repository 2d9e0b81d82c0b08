import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decode-csv';

const csv = 'code,name,type,district,inn,emails\nS1,МАОУ «СОШ № 1»,ООО,Центральный,7451000013,a@example.ru\n';
const russianHeader = 'Код;Наименование;Тип;Район;ИНН;Электронная почта\nS1;Школа № 1;ООО;Советский;;a@example.ru\n';

describe('decodeCsv', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsv(Buffer.from(csv, 'utf8'))).toEqual({ ok: true, text: csv, encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
    expect(decodeCsv(bytes)).toEqual({ ok: true, text: csv, encoding: 'UTF-8' });
  });

  it.each([
    ['the documented header', csv],
    ['Russian headers', russianHeader],
  ])('reads Windows-1251, as Russian Excel saves it, with %s', (_, text) => {
    expect(decodeCsv(iconv.encode(text, 'win1251'))).toEqual({ ok: true, text, encoding: 'Windows-1251' });
  });

  it('names UTF-16, with or without a BOM', () => {
    expect(decodeCsv(iconv.encode(csv, 'utf16le', { addBOM: true }))).toEqual({ ok: false, encoding: 'UTF-16' });
    expect(decodeCsv(iconv.encode(csv, 'utf16le'))).toEqual({ ok: false, encoding: 'UTF-16' });
  });

  it('names KOI8-R, which Windows-1251 would turn into upper-case nonsense', () => {
    expect(decodeCsv(iconv.encode(russianHeader, 'koi8-r'))).toEqual({ ok: false, encoding: 'KOI8-R' });
    expect(decodeCsv(iconv.encode(csv, 'koi8-r'))).toEqual({ ok: false, encoding: 'KOI8-R' });
  });

  it('names the DOS code page', () => {
    expect(decodeCsv(iconv.encode(russianHeader, 'cp866'))).toEqual({ ok: false, encoding: 'CP866 (DOS)' });
  });

  it('reads a plain ASCII list as UTF-8', () => {
    const ascii = 'code,name,type\nS1,School,OOO\n';
    expect(decodeCsv(Buffer.from(ascii, 'ascii'))).toEqual({ ok: true, text: ascii, encoding: 'UTF-8' });
  });

  it('does not change its input', () => {
    const bytes = iconv.encode(csv, 'win1251');
    const copy = Buffer.from(bytes);
    decodeCsv(bytes);
    expect(bytes.equals(copy)).toBe(true);
  });
});
