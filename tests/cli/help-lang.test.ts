/**
 * `ghplan <command> --help --lang vi`, run as a process: every sentence of the English help —
 * descriptions, commander's own words, defaults, examples, exit codes, the rule list — is said
 * in Vietnamese. English phrases are found in the English help (runs of three or more plain
 * words) and must be absent from the Vietnamese one.
 */
import { describe, expect, it } from 'vitest';
import { ghplan } from '../batch/helpers.js';

const COMMANDS = [[], ['extract'], ['batch'], ['check'], ['schema']];

/** The help as one line: commander wraps descriptions, so a sentence may span lines. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Runs of 3+ plain ASCII words on one line ("display help for command", "number of cores"). A
 * wrapped sentence gives one run per line, each still part of the sentence.
 */
function englishPhrases(help: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = (): void => {
    if (run.length >= 3) runs.push(run.join(' '));
    run = [];
  };
  for (const token of help.split(/[ \t]+|(?=\n)/)) {
    if (token.startsWith('\n')) end();
    if (!token.trim()) continue;
    const word = /^\(?([A-Za-z]+)[,.;:)]*$/.exec(token.trim());
    if (!word) {
      end();
      continue;
    }
    run.push(word[1]!);
    if (word[1] !== token.trim()) end();
  }
  end();
  return runs;
}

function help(cmd: string[], lang: string): string {
  const r = ghplan([...cmd, '--help', '--lang', lang]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('--help --lang vi has no English sentence', () => {
  it('finds English phrases in the English help (the check can fail)', () => {
    const en = help(['batch'], 'en');
    const phrases = englishPhrases(en);
    expect(phrases).toContain('display help for command');
    expect(phrases).toContain('number of cores');
    expect(phrases).toContain('every file extracted');
    expect(englishPhrases('một kế hoạch ra JSON, mã 1 nếu có lỗi')).toEqual([]);
  });

  for (const cmd of COMMANDS) {
    it(`ghplan ${cmd.join(' ') || '(no command)'} --help`, () => {
      const vi = flat(help(cmd, 'vi'));
      const phrases = englishPhrases(help(cmd, 'en'));
      expect(phrases.length).toBeGreaterThan(0);
      for (const p of phrases) expect(vi, p).not.toContain(p);
      expect(vi).toMatch(/^Cách dùng: ghplan/);
      expect(vi).toContain('Tuỳ chọn:');
      expect(vi).toContain('Ví dụ:');
      expect(vi).not.toMatch(/\b(Usage|Options|Examples?|Exit codes|default|choices):/);
      expect(vi).not.toContain('[options]');
    });
  }

  it('says the examples, exit codes, defaults and rules of each command', () => {
    expect(flat(help([], 'vi'))).toContain('Cách dùng: ghplan [tuỳ chọn] [lệnh]');
    expect(flat(help([], 'vi'))).toContain('help [lệnh] xem hướng dẫn của lệnh');
    const extract = flat(help(['extract'], 'vi'));
    expect(extract).toContain('(chọn một trong: "json", "csv", "xlsx", mặc định: "json")');
    expect(extract).toContain('Mã kết thúc: 0 đã trích xuất, 1 không đọc được tệp, 2 dùng lệnh sai.');
    const batch = flat(help(['batch'], 'vi'));
    expect(batch).toContain('số tệp đọc song song (mặc định: số lõi CPU của máy)');
    expect(batch).toContain('Chạy lại thì bỏ qua các tệp không thay đổi');
    const check = flat(help(['check'], 'vi'));
    expect(check).toContain('Các quy tắc (mã, tên, mức mặc định):');
    expect(check).toContain('GP004 section-numbering cảnh báo Các mục cùng cấp được đánh số liên tục');
    expect(check).toContain('GP001 required-sections lỗi Kế hoạch có đủ các mục');
    expect(flat(help(['schema'], 'vi'))).toContain('Ví dụ: $ ghplan schema > plan.schema.json');
  });

  it('the English help keeps its words', () => {
    const batch = flat(help(['batch'], 'en'));
    expect(batch).toContain('files read in parallel (default: number of cores)');
    expect(batch).toContain('Exit codes: 0 every file extracted');
    expect(flat(help(['check'], 'en'))).toContain('GP004 section-numbering warning Sibling sections are numbered in sequence');
  });
});
