/**
 * Text cut to at most `max` characters at the end of a word, with «…» when anything was cut; the
 * punctuation left hanging before the cut (a comma, a dash, a quotation left open) and a short
 * preposition left last go too. Only one long word with no space to cut at is cut inside it.
 *
 * @param text - the text, one line
 * @param max - the longest result, the «…» included
 * @example cutText('Организация профессиональных проб для обучающихся', 30) // 'Организация профессиональных…'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - 1));
  // A word ends where a space follows it: at `room`'s last space, or at its end when the text has a space there.
  const end = /\s/.test(text.charAt(room.length)) ? room.length : room.search(/\s\S*$/);
  // Hanging punctuation, and a preposition or conjunction left last («… творчества в…» reads as a fault).
  const trim = (t: string) => t.replace(/[\s,;:–—\-«(„"]+$/u, '').replace(/(?:\s+[а-яё]{1,2})+$/iu, '');
  let kept = trim(end > 0 ? room.slice(0, end) : room);
  // A quotation left open by the cut is dropped whole: «Проведение «Недели…» reads worse than «Проведение…».
  while (kept.split('«').length > kept.split('»').length && kept.lastIndexOf('«') > 0) {
    kept = trim(kept.slice(0, kept.lastIndexOf('«')));
  }
  return `${kept === '' ? room : kept}…`;
}
