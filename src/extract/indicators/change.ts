/**
 * `change` (EXTRACTION.md): "increase"/"decrease" when the value is the size of a rise or cut
 * ("tăng 20%", "giảm ít nhất 20% lượng nước thất thoát"), null when it is the level to reach
 * ("giảm xuống dưới 5%", "giảm còn 2%", "nâng lên trên 35%", "từ 5% xuống 3%").
 */
import { CHANGE_WORDS, LEVEL_WORDS, NOT_CHANGE_WORDS } from '../../text/keywords/change-words.js';
import { sameKey } from '../../text/vietnamese.js';

export type Change = 'increase' | 'decrease' | null;

const isLetter = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);

/** Last index of `phrase` in `hay` (both sameKeys) at word boundaries, or -1. */
function lastWord(hay: string, phrase: string): number {
  for (let i = hay.lastIndexOf(phrase); i >= 0; i = i > 0 ? hay.lastIndexOf(phrase, i - 1) : -1) {
    if (!isLetter(hay[i - 1]) && !isLetter(hay[i + phrase.length])) return i;
  }
  return -1;
}

/** `before`: the statement's text between the previous value and this one. */
export function changeFor(before: string): Change {
  const w = sameKey(before);
  let best: { at: number; len: number; change: Change } | null = null;
  for (const c of CHANGE_WORDS) {
    const at = lastWord(w, c.phrase);
    if (at < 0) continue;
    if (NOT_CHANGE_WORDS.some((n) => w.startsWith(n, at) && !isLetter(w[at + n.length]))) continue;
    if (!best || at > best.at || (at === best.at && c.phrase.length > best.len)) best = { at, len: c.phrase.length, change: c.change };
  }
  if (!best) return null;
  const rest = w.slice(best.at + best.len);
  return LEVEL_WORDS.some((l) => lastWord(rest, l) >= 0) ? null : best.change;
}
