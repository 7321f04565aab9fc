/**
 * `--lang`: the CLI as a process, in Vietnamese and in English — batch progress lines, errors and
 * summary, check findings in every people's format, usage errors, help — while JSON stays English.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ghplan, tempDir } from '../batch/helpers.js';

const SEED1 = join(ROOT, 'fixtures/corpus/001_e1cdb5c5b8b00bae.txt');

function mixed(): string {
  const dir = join(tempDir('ghplan-lang-'), 'mixed');
  mkdirSync(dir, { recursive: true });
  cpSync(SEED1, join(dir, 'ke-hoach.txt'));
  cpSync(join(ROOT, 'fixtures/bad/empty.txt'), join(dir, 'rong.txt'));
  cpSync(join(ROOT, 'fixtures/bad/truncated.docx'), join(dir, 'hong.docx'));
  return dir;
}

describe('ghplan batch --lang vi', () => {
  it('prints Vietnamese errors and summary; summary.json stays English', () => {
    const dir = mixed();
    const out = join(dir, '..', 'kq');
    const r = ghplan(['batch', dir, '--out', out, '--lang', 'vi', '--format', 'json,csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rong.txt: tệp rỗng; kiểm tra đã chọn đúng tệp chưa, hoặc xin gửi lại tệp [GHPLAN_EMPTY_FILE]');
    expect(r.stderr).toMatch(/hong\.docx: tệp \.docx không hợp lệ .* \[GHPLAN_DOCX_CORRUPT\]/);
    expect(r.stderr).toMatch(/^3 tệp: 1 thành công, .*2 lỗi, 0 bỏ qua \(không đổi\)$/m);
    expect(r.stderr).toMatch(/^\d+ chỉ tiêu, \d+ nhiệm vụ → /m);
    expect(r.stderr).not.toMatch(/\b(failed|skipped|indicators|file is empty)\b/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const empty = summary.files.find((f: { file: string }) => f.file === 'rong.txt');
    expect(empty.error).toEqual({
      code: 'GHPLAN_EMPTY_FILE',
      message: 'file is empty; check that you picked the right file, or ask for it again',
    });
  });

  it('GHPLAN_LANG and the locale choose the language when --lang is not given; --lang wins', () => {
    const dir = mixed();
    const byEnv = ghplan(['batch', dir, '--out', join(dir, '..', 'a'), '--format', 'json'], { env: { GHPLAN_LANG: 'vi' } });
    expect(byEnv.stderr).toContain('tệp rỗng');
    const byLocale = ghplan(['batch', dir, '--out', join(dir, '..', 'b'), '--format', 'json'], {
      env: { GHPLAN_LANG: '', LC_ALL: '', LANG: 'vi_VN.UTF-8' },
    });
    expect(byLocale.stderr).toContain('tệp rỗng');
    const en = ghplan(['batch', dir, '--out', join(dir, '..', 'c'), '--format', 'json', '--lang', 'en'], { env: { GHPLAN_LANG: 'vi' } });
    expect(en.stderr).toContain('rong.txt: file is empty; check that you picked the right file, or ask for it again [GHPLAN_EMPTY_FILE]');
    expect(en.stderr).toMatch(/^3 files: 1 ok, .*2 failed, 0 skipped \(unchanged\)$/m);
  });
});

describe('ghplan check --lang vi', () => {
  const plan = (): string => {
    const dir = tempDir('ghplan-lang-check-');
    // no purpose, no target, no tasks section; no date; no signature
    const file = join(dir, 'thieu.txt');
    writeFileSync(
      file,
      'ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. TỔ CHỨC THỰC HIỆN\n\nCác phòng, ban triển khai thực hiện.\n',
    );
    return file;
  };

  it('says every finding in Vietnamese in the text format', () => {
    const r = ghplan(['check', plan(), '--lang', 'vi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lỗi');
    expect(r.stdout).toContain('không có mục nào thuộc loại "Mục tiêu" (muc_tieu) ở bất kỳ cấp nào');
    expect(r.stdout).toContain('thiếu phần chữ ký (người ký)');
    expect(r.stdout).toMatch(/\d+ lỗi, \d+ cảnh báo trong 1 tệp/);
    expect(r.stdout).not.toMatch(/no section of kind|error/);
  });

  it('github and junit are Vietnamese too; json keeps the English message', () => {
    const file = plan();
    const gh = ghplan(['check', file, '--lang', 'vi', '--format', 'github']);
    expect(gh.stdout).toMatch(/^::error file=.*::không có mục nào thuộc loại "Mục tiêu"/m);
    const junit = ghplan(['check', file, '--lang', 'vi', '--format', 'junit']);
    expect(junit.stdout).toContain('thiếu phần chữ ký (người ký)');
    const json = ghplan(['check', file, '--lang', 'vi', '--format', 'json']);
    const findings = JSON.parse(json.stdout) as { message: string }[];
    expect(findings.map((f) => f.message)).toContain('no signature block (người ký)');
  });
});

describe('usage errors and help in Vietnamese', () => {
  it('commander and ghplan usage errors', () => {
    const unknown = ghplan(['extract', SEED1, '--lang', 'vi', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("lỗi: không có tuỳ chọn '--bogus'");
    const csv = ghplan(['extract', SEED1, '--format', 'csv', '--lang', 'vi']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--format csv cần --out THƯ_MỤC');
    const missing = ghplan(['extract', join(ROOT, 'nope.txt'), '--lang=vi']);
    expect(missing.stderr).toContain('không tìm thấy tệp');
    const extra = ghplan(['extract', SEED1, SEED1, '--lang', 'vi']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("lỗi: thừa đối số cho lệnh 'extract': lệnh nhận 1 đối số, không phải 2");
    expect(extra.stderr).not.toMatch(/Expected|argument|for '/);
    const choice = ghplan(['check', SEED1, '--format', 'xml', '--lang', 'vi']);
    expect(choice.stderr).toContain("nhận một trong các giá trị text, json, github, junit, sarif, không phải 'xml'");
    const expected = ghplan(['batch', SEED1, '--out', join(tempDir('ghplan-lang-'), 'kq'), '--expected', 'khong-co.txt', '--lang', 'vi']);
    expect(expected.code).toBe(2);
    expect(expected.stderr).toContain('không đọc được --expected khong-co.txt: không có tệp hoặc thư mục này (ENOENT)');
    const expectedEn = ghplan(['batch', SEED1, '--out', join(tempDir('ghplan-lang-'), 'kq'), '--expected', 'nope.txt', '--lang', 'en']);
    expect(expectedEn.stderr).toContain('cannot read --expected nope.txt: no such file or folder (ENOENT)');
    const noArg = ghplan(['batch', '--lang', 'vi']);
    expect(noArg.stderr).toContain("lỗi: thiếu đối số bắt buộc 'paths'");
  });

  it('--help in Vietnamese: headings, descriptions of commands, arguments and options', () => {
    const top = ghplan(['--help', '--lang', 'vi']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Cách dùng: ghplan/m);
    expect(top.stdout).toMatch(/^Lệnh:$/m);
    expect(top.stdout).toContain('kiểm tra kế hoạch: các mục bắt buộc');
    const batch = ghplan(['batch', '--help'], { env: { GHPLAN_LANG: 'vi' } });
    expect(batch.stdout).toMatch(/^Tuỳ chọn:$/m);
    expect(batch.stdout).toContain('thư mục ghi kết quả (bắt buộc)');
    expect(batch.stdout).toContain('(mặc định: json,csv,xlsx)');
    expect(batch.stdout).toContain('xem hướng dẫn của lệnh');
    expect(batch.stdout).not.toMatch(/output folder|display help/);
    const en = ghplan(['batch', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Options:$/m);
    expect(en.stdout).toContain('output folder (required)');
  });

  it('a wrong --lang is a usage error', () => {
    const r = ghplan(['extract', SEED1, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang takes vi or en, not "fr"');
  });
});
