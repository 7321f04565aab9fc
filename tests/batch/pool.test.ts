/**
 * The worker pool (src/batch/pool.ts): a task past its timeout fails with GHPLAN_TIMEOUT, and
 * when no task follows (`extract`) its thread is not replaced — a replacement would be killed
 * by the exit while it loads its modules, which can crash Node itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool, runTask, type Pool } from '../../dist/batch/pool.js';
import { manyPagePdf, tempDir } from '../hostile/helpers.js';

const dir = tempDir('ghplan-pool-');
const slow = join(dir, 'slow.pdf');
writeFileSync(slow, manyPagePdf(2000));
const pools: Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.destroy()));
});

/** Threads of the pool a while after a timed-out task: long enough for a replacement to start. */
async function threadsAfterTimeout(lastTask: boolean): Promise<number> {
  const pool = await createPool(1);
  pools.push(pool);
  const task = { path: slow, file: 'slow.pdf', options: { ocr: 'off' as const, convertLegacy: 'off' as const } };
  const r = await runTask(pool, task, 300, { lastTask });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).toBe('GHPLAN_TIMEOUT');
  await sleep(300);
  return pool.threads.length;
}

describe('a timed-out task', () => {
  it('is replaced by a new thread while more tasks may follow (batch, check)', async () => {
    expect(await threadsAfterTimeout(false)).toBe(1);
  });
  it('leaves no thread behind when it was the last task (extract)', async () => {
    expect(await threadsAfterTimeout(true)).toBe(0);
  });
});
