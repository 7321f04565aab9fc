// Issue 15, batch state: what a batch leaves in --out is never stale, half-written or trusted
// blindly — after kill -9, with a stale temp folder or lock, with a corrupted summary.json or
// per-file JSON, with a full or read-only disk, after Ctrl-C. Inputs are built here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ghplan, tempDir } from './helpers.js';

/** A small plan with two indicators; `n` makes its number and title its own. */
function planText(n: number): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    '',
    `Số: ${n}/KH-UBND`,
    '',
    'An Phú, ngày 5 tháng 4 năm 2026',
    '',
    'KẾ HOẠCH',
    `Phát triển kinh tế thôn số ${n} năm 2026`,
    '',
    'I. MỤC TIÊU',
    '1. Chỉ tiêu cụ thể',
    '- Tỷ lệ hộ nghèo giảm còn dưới 2% vào năm 2026.',
    '- 100% thôn có nhà văn hóa đạt chuẩn vào năm 2027.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    'Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn tổ chức thực hiện.',
    '',
  ].join('\n');
}

/** A folder of `count` plans (plan-01.txt …). */
function plans(count: number): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir);
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, `plan-${String(n).padStart(2, '0')}.txt`), planText(n));
  return dir;
}

describe('--out', () => {
  it('a folder that cannot be created (/proc/sub) fails at once with exit 2, naming it', async () => {
    const r = await ghplan(['batch', plans(1), '--out', '/proc/sub/results'], { killAfterMs: 20_000 });
    expect(r.signal, 'the command did not end by itself').toBeNull();
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('/proc/sub/results');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
