/**
 * `change` (EXTRACTION.md): "increase"/"decrease" when the value is the size of a rise or cut
 * ("tăng 20%", "giảm ít nhất 20% lượng nước thất thoát"), null when it is the level to reach
 * ("giảm xuống dưới 5%", "giảm còn 2%", "nâng lên trên 35%", "từ 5% xuống 3%").
 */
import { CHANGE_WORDS, LEVEL_WORDS, NOT_CHANGE_WORDS } from '../../text/keywords/change-words.js';
import { findFolded, fold } from '../../text/vietnamese.js';

export type Change = 'increase' | 'decrease' | null;

/** Last index of `phrase` in folded `hay` at word boundaries, or -1. */
function lastWord(hay: string, phrase: string): number {
  let found = -1;
  for (let from = 0; ;) {
    const i = findFolded(hay.slice(from), phrase);
    if (i < 0) return found;
    found = from + i;
    from = found + phrase.length;
  }
}

/** `before`: the statement's text between the previous value and this one. */
export function changeFor(before: string): Change {
  const w = fold(before);
  let best: { at: number; len: number; change: Change } | null = null;
  for (const c of CHANGE_WORDS) {
    const at = lastWord(w, c.phrase);
    if (at < 0) continue;
    if (NOT_CHANGE_WORDS.some((n) => w.startsWith(n, at) && (w.length === at + n.length || w[at + n.length] === ' '))) continue;
    if (!best || at > best.at || (at === best.at && c.phrase.length > best.len)) best = { at, len: c.phrase.length, change: c.change };
  }
  if (!best) return null;
  const rest = w.slice(best.at + best.len);
  return LEVEL_WORDS.some((l) => findFolded(rest, l) >= 0) ? null : best.change;
}
