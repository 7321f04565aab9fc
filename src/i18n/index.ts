/**
 * Messages people read, in their language. One catalogue per language (en.ts, vi.ts) with the
 * same keys; `{name}` in a message is replaced by the parameter of that name. The CLI picks the
 * language once (`--lang`, GHPLAN_LANG, the system locale, else English); JSON and CSV never
 * go through here: they keep the contract's English.
 */
import { en, type MessageKey } from './en.js';
import { vi } from './vi.js';

export type { MessageKey } from './en.js';
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
/** A parameter: a value as is, a Text said in the same language, or a list of Texts ("a, b or c"). */
export type Param = string | number | Text | readonly Text[];
export type Params = Readonly<Record<string, Param>>;

/** A message not yet put into words: a key and its parameters (travels between threads as is). */
export interface Text {
  key: MessageKey;
  params?: Params;
}

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, vi };

let current: Lang = 'en';

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** `vi_VN.UTF-8`, `vi-VN`, `Vietnamese_Vietnam.1258` → vi; `en_US`, `C` → en; anything else → undefined. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const l = locale.trim().toLowerCase();
  if (/^vi([-_.@]|$)/.test(l) || l.startsWith('vietnamese')) return 'vi';
  if (/^en([-_.@]|$)/.test(l) || l.startsWith('english') || l === 'c' || l === 'posix' || l.startsWith('c.')) return 'en';
  return undefined;
}

/**
 * The language when no `--lang` is given: GHPLAN_LANG, else the system locale (Intl on
 * Windows, where LANG is not set; LC_ALL, LC_MESSAGES, LANG elsewhere), else English.
 */
export function defaultLanguage(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Lang {
  const own = env.GHPLAN_LANG?.trim().toLowerCase();
  if (own && isLang(own)) return own;
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (platform !== 'win32' && posix) return langOfLocale(posix) ?? 'en';
  return langOfLocale(systemLocale()) ?? 'en';
}

function systemLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * Who reads the messages: the CLI's users know its flags (`--max-pages`), a library's users the
 * options of the call (`limits.maxPages`). The catalogues name the flags; for the library
 * (the default) they are said as options. The CLI sets 'cli', and passes it to its workers.
 */
export type Audience = 'cli' | 'library';
let audienceNow: Audience = 'library';

export function setAudience(a: Audience): void {
  audienceNow = a;
}

export function audience(): Audience {
  return audienceNow;
}

const AS_OPTION: Record<string, string> = {
  '--max-file-size': 'limits.maxFileBytes',
  '--max-part-size': 'limits.maxPartBytes',
  '--max-pages': 'limits.maxPages',
  '--timeout': 'limits.timeoutMs',
  '--no-ocr': "ocr: 'off'",
  '--no-convert': "convertLegacy: 'off'",
};
const FLAGS = /--(?:max-file-size|max-part-size|max-pages|timeout|no-ocr|no-convert)\b/g;

/** The message of `key` in `lang` (default: the CLI's language), parameters filled in. */
export function t(key: MessageKey, params?: Params, lang: Lang = current): string {
  const own = CATALOGUES[lang][key] ?? en[key] ?? key;
  const template = audienceNow === 'library' ? own.replace(FLAGS, (f) => AS_OPTION[f]!) : own;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? param(params[name]!, lang) : m));
}

function param(p: Param, lang: Lang): string {
  // a file name or a detail in a message is shown with its controls visible: one line, no terminal codes
  if (typeof p === 'string') return showControls(p);
  if (typeof p === 'number') return String(p);
  if (!Array.isArray(p)) return say(p as Text, lang);
  const words = (p as readonly Text[]).map((x) => say(x, lang));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${t('word.or', undefined, lang)}${words[words.length - 1]}`;
}

/** C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** The same, but for data cells that keep their tabs and line ends. */
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function visible(ch: string): string {
  const c = ch.codePointAt(0)!;
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * The string with every control or bidi character shown as an escape (`\x1b`, `\u202e`): in a
 * file name or a message they forge lines, clear the terminal or reorder what people read.
 * `keepLayout` keeps tabs and line ends (CSV cells).
 */
export function showControls(s: string, keepLayout = false): string {
  return s.replace(keepLayout ? CONTROLS_BUT_LAYOUT : CONTROLS, visible);
}

/** A Text in words. */
export function say(text: Text, lang: Lang = current): string {
  return t(text.key, text.params, lang);
}

/** `1 file` / `2 files` in English; Vietnamese has no plural (`1 tệp`, `2 tệp`). */
export function count(n: number, one: MessageKey, many: MessageKey, lang: Lang = current): string {
  return t(n === 1 ? one : many, { n }, lang);
}

let explicit = false;

/** Records that the language was asked for (--lang, GHPLAN_LANG), not guessed from the locale. */
export function setExplicitLanguage(lang: Lang): void {
  current = lang;
  explicit = true;
}

/** The workbook is Vietnamese unless English was asked for, whatever the locale (CLI.md). */
export function workbookLanguage(): Lang {
  return explicit ? current : 'vi';
}
