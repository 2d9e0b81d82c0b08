import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('puts a figure’s explanation on its own line, not glued to the figure', () => {
    const html =
      '<table><tr><td>Сдали отчёт без ошибок</td><td><span>50,0 % (3 из 6)</span><div style="color:#5f6368;">учтено 6 из 6 организаций</div></td></tr></table>';
    expect(htmlToText(html)).toBe('Сдали отчёт без ошибок\t50,0 % (3 из 6)\nучтено 6 из 6 организаций');
  });

  it('keeps paragraphs apart, lists as bullets and entities decoded', () => {
    expect(htmlToText('<p>Здравствуйте!</p><p>Срок &amp; дата</p><ul><li>ячейка B23</li></ul>')).toBe(
      'Здравствуйте!\n\nСрок & дата\n• ячейка B23',
    );
  });

  it('keeps a link’s address beside its text', () => {
    expect(
      htmlToText('<p><a href="https://docs.google.com/spreadsheets/d/x/edit#gid=5&amp;range=B2">Открыть лист</a></p>'),
    ).toBe('Открыть лист: https://docs.google.com/spreadsheets/d/x/edit#gid=5&range=B2');
  });

  it('drops styles and leaves plain text as it is', () => {
    expect(htmlToText('<style>p{color:red}</style>Текст')).toBe('Текст');
  });
});
