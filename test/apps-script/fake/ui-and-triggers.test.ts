import { describe, expect, it } from 'vitest';
import { sheetNamed } from './model';
import { owner, scene, sceneStart } from './scene';
import type { ScriptAppFake } from './script-app';

// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)
describe('ScriptApp one-off triggers', () => {
  it('records when an after(ms) trigger runs, on the fake clock, for the user who made it', () => {
    const s = scene();
    const script = s.globals.ScriptApp as ScriptAppFake;
    script
      .newTrigger('monthlyRetry')
      .timeBased()
      .after(15 * 60 * 1000)
      .create();
    expect(script.triggers).toEqual([
      expect.objectContaining({ handler: 'monthlyRetry', user: owner, runAt: sceneStart + 15 * 60 * 1000 }),
    ]);
  });

  it('refuses a one-off trigger that also recurs', () => {
    const s = scene();
    const script = s.globals.ScriptApp as ScriptAppFake;
    expect(() => script.newTrigger('x').timeBased().after(1000).onMonthDay(1).create()).toThrow();
    expect(script.triggers).toEqual([]);
  });
});

// https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
describe('Ui.alert', () => {
  it('answers the button the user clicks for a YES_NO dialog, and shows title and prompt', () => {
    const s = scene();
    s.world.activeId = s.book.id;
    const ui = s.SpreadsheetApp.getUi();
    s.world.alertAnswer = 'NO';
    expect(ui.alert('Профкарта', 'Записать вас?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    s.world.alertAnswer = 'YES';
    expect(ui.alert('Записать вас?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(s.world.shown.map((x) => x.text)).toEqual(['Профкарта\nЗаписать вас?', 'Записать вас?']);
  });

  it('answers OK for a dialog with an OK button only', () => {
    const s = scene();
    s.world.activeId = s.book.id;
    s.world.alertAnswer = 'NO';
    const ui = s.SpreadsheetApp.getUi();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
  });
});

describe('typed text in a Russian-locale sheet', () => {
  it('reads a leading «=», «+» or «-» as a formula, unless the cells are plain text («@») first', () => {
    const s = scene();
    const sheet = s.SpreadsheetApp.openById(s.book.id).getSheetByName('Лист1')!;
    sheet.getRange(1, 1, 1, 3).setValues([['=1+1', '+7 351 123-45-67', '- пункт']]);
    const cells = () => sheetNamed(s.book, 'Лист1')!.cells[0]!.slice(0, 3);
    expect(cells().map((c) => c?.formula)).toEqual(['=1+1', '+7 351 123-45-67', '- пункт']);
    const range = sheet.getRange(2, 1, 1, 3);
    range.setNumberFormat('@');
    range.setValues([['=1+1', '+7 351 123-45-67', '- пункт']]);
    const typed = sheetNamed(s.book, 'Лист1')!.cells[1]!.slice(0, 3);
    expect(typed.map((c) => [c?.value, c?.formula])).toEqual([
      ['=1+1', undefined],
      ['+7 351 123-45-67', undefined],
      ['- пункт', undefined],
    ]);
  });

  it('keeps a negative number a number', () => {
    const s = scene();
    const sheet = s.SpreadsheetApp.openById(s.book.id).getSheetByName('Лист1')!;
    sheet.getRange('A1').setValue('-5');
    expect(sheetNamed(s.book, 'Лист1')!.cells[0]![0]).toMatchObject({ value: -5 });
  });
});
