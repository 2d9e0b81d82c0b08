import type { CollectReceipt } from '../../core/outputs/collect-receipt-schema';
import { shellQuote } from '../cli/shell-quote';

const statusWord = (f: CollectReceipt['files'][number]): string =>
  f.status === 'rejected'
    ? `отклонён: ${f.reason?.message ?? ''}`
    : f.status === 'accepted_with_errors'
      ? `принят с ошибками (${f.errors})`
      : 'принят';

/**
 * The receipt `collect` prints (design §8): the totals, the organisations from which nothing has
 * come (code — name, one a line), then one line per file — file → organisation → принят / принят с
 * ошибками (N) / отклонён (why) — with its notes indented below, and what to run next (its path
 * quoted for a shell).
 *
 * @param receipt - the receipt
 * @example receiptText(receipt) // 'Собрано в «книга-2.xlsx»: файлов 3 — принято 2 (с ошибками 1), отклонено 1.\n…'
 */
export function receiptText(receipt: CollectReceipt): string {
  const t = receipt.totals;
  const lines = [
    `Собрано в «${receipt.book}»: файлов ${t.files} — принято ${t.accepted} (с ошибками ${t.acceptedWithErrors}), отклонено ${t.rejected}.`,
  ];
  if (receipt.missing.length > 0) {
    lines.push(`Не прислали (${receipt.missing.length}):`);
    for (const m of receipt.missing) lines.push(`  ${m.code} — ${m.name}`);
  }
  lines.push('', 'Файл → организация → итог:');
  for (const f of receipt.files) {
    lines.push(`  ${f.file} → ${f.org ?? '—'} → ${statusWord(f)}`);
    for (const n of f.notes) lines.push(`      внимание: ${n.message}`);
  }
  lines.push('', `Дальше: npx profkarta summary ${shellQuote(receipt.book)} --out СВОДКА.xlsx (или check).`, '');
  return lines.join('\n');
}
