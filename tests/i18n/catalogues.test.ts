import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, defaultLanguage, langOfLocale, setAudience, t } from '../../src/i18n/index.js';
import { ErrorCodes, GhplanError, codeFix, errorWithFix, localMessage, msg } from '../../src/model/errors.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogues', () => {
  it('every language has every key, and no key of its own', () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    for (const lang of LANGUAGES) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(keys);
  });

  it('a message takes the same parameters in every language', () => {
    for (const [key, text] of Object.entries(CATALOGUES.en)) {
      for (const lang of LANGUAGES)
        expect(placeholders(CATALOGUES[lang][key as keyof typeof CATALOGUES.en]), `${lang} ${key}`).toEqual(placeholders(text));
    }
  });

  it('no message is left empty', () => {
    for (const lang of LANGUAGES)
      for (const [key, text] of Object.entries(CATALOGUES[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('every error code has a meaning and a fix in every language', () => {
    for (const code of Object.values(ErrorCodes)) {
      for (const lang of LANGUAGES) {
        const cat = CATALOGUES[lang] as Record<string, string>;
        expect(cat[`code.${code}`], `${lang} code.${code}`).toBeTruthy();
        expect(cat[`fix.${code}`], `${lang} fix.${code}`).toBeTruthy();
      }
    }
  });

  it('the Vietnamese catalogue is Vietnamese: most messages differ from the English ones', () => {
    const keys = Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[];
    const same = keys.filter(
      (k) => CATALOGUES.vi[k] === CATALOGUES.en[k] && !k.startsWith('kind.') && !/^\W*\{\w+\}/.test(CATALOGUES.en[k]),
    );
    expect(same).toEqual([]);
  });
});

describe('messages', () => {
  it('fills parameters, says nested texts and lists in the same language', () => {
    expect(t('err.tooLarge', { size: '120 MiB', limit: '100 MiB' }, 'vi')).toBe(
      'tệp có dung lượng 120 MiB, vượt giới hạn 100 MiB (limits.maxFileBytes)',
    );
    const missing = [{ key: 'field.lead' }, { key: 'field.deadline' }, { key: 'field.output' }] as const;
    expect(t('rule.taskIncomplete', { id: '1', name: 'X', missing }, 'en')).toBe(
      'task 1 "X" has no lead unit (đơn vị chủ trì), deadline (thời gian hoàn thành) or output (kết quả/sản phẩm)',
    );
    expect(t('rule.taskIncomplete', { id: '1', name: 'X', missing }, 'vi')).toBe(
      'nhiệm vụ 1 "X" chưa có đơn vị chủ trì, thời gian hoàn thành hoặc kết quả/sản phẩm',
    );
  });

  it('an error keeps its English message and says it in Vietnamese, with its fix', () => {
    const e = errorWithFix(new GhplanError(ErrorCodes.EMPTY, msg('err.empty')));
    expect(e.message).toBe('file is empty; check that you picked the right file, or ask for it again');
    expect(localMessage(e, 'vi')).toBe('tệp rỗng; kiểm tra đã chọn đúng tệp chưa, hoặc xin gửi lại tệp');
    // an error thrown with plain English words: the code's meaning, the English detail beside it
    expect(localMessage(new GhplanError(ErrorCodes.CONFIG_INVALID, 'x.json: rules.GP001: unknown'), 'vi')).toBe(
      'tệp cấu hình không hợp lệ (x.json: rules.GP001: unknown)',
    );
  });
});

describe('audience: the CLI names its flags, the library its options', () => {
  it('a limit is the flag for the CLI and the option for library users, in every language, with the fix to match', () => {
    try {
      setAudience('cli');
      expect(t('err.pdfPageLimit', { pages: 9, limit: 2 }, 'en')).toBe('PDF has 9 pages, over the 2-page limit (--max-pages)');
      const cli = errorWithFix(new GhplanError(ErrorCodes.TIMEOUT, msg('err.timeoutPdf', { seconds: 5 })));
      expect(cli.message).toBe('reading the PDF took longer than 5 s (--timeout)');
      setAudience('library');
      expect(t('err.pdfPageLimit', { pages: 9, limit: 2 }, 'en')).toBe('PDF has 9 pages, over the 2-page limit (limits.maxPages)');
      expect(t('err.pdfPageLimit', { pages: 9, limit: 2 }, 'vi')).toContain('(limits.maxPages)');
      const lib = errorWithFix(new GhplanError(ErrorCodes.TIMEOUT, msg('err.timeoutOcr', { pages: 3, seconds: 5 })));
      expect(lib.message).toBe('OCR of 3 pages took longer than 5 s (limits.timeoutMs); raise limits.timeoutMs for long scans');
      expect(codeFix(ErrorCodes.PAGE_LIMIT, 'en')).toBe('if the file is genuine, raise limits.maxPages');
      // what the user typed is never rewritten
      expect(t('usage.noMatch', { pattern: '--timeout' }, 'en')).toContain('--timeout');
    } finally {
      setAudience('library');
    }
  });
});

describe('language choice', () => {
  it('GHPLAN_LANG first, then the locale, then English', () => {
    expect(defaultLanguage({ GHPLAN_LANG: 'vi', LANG: 'en_US.UTF-8' }, 'linux')).toBe('vi');
    expect(defaultLanguage({ GHPLAN_LANG: 'xx', LANG: 'vi_VN.UTF-8' }, 'linux')).toBe('vi');
    expect(defaultLanguage({ LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }, 'linux')).toBe('vi');
    expect(defaultLanguage({ LANG: 'en_US.UTF-8' }, 'linux')).toBe('en');
    expect(defaultLanguage({ LANG: 'fr_FR.UTF-8' }, 'linux')).toBe('en');
  });

  it('reads locale names of every platform', () => {
    expect(langOfLocale('vi-VN')).toBe('vi');
    expect(langOfLocale('vi_VN.UTF-8')).toBe('vi');
    expect(langOfLocale('Vietnamese_Vietnam.1258')).toBe('vi');
    expect(langOfLocale('vi')).toBe('vi');
    expect(langOfLocale('en-US')).toBe('en');
    expect(langOfLocale('C.UTF-8')).toBe('en');
    expect(langOfLocale('de-DE')).toBeUndefined();
    expect(langOfLocale('video')).toBeUndefined();
  });
});
