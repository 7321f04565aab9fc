/**
 * The isolated worker every command reads files in (piscina threads running ./worker.js): the
 * same heap cap and stack size for `extract`, `check` and `batch`, so a file gives the same
 * answer in each, and work that never yields (a regex, a PDF loop) can still be stopped:
 * past --timeout (plus a short grace for the worker to report the timeout itself) the task is
 * aborted and its thread terminated; a thread over its heap cap dies alone.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Piscina as PiscinaType } from 'piscina';
import { ErrorCodes, msg, textFacts as facts, timeoutText } from '../model/errors.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { audience } from '../i18n/index.js';

const DEFAULT_TIMEOUT_MS = DEFAULT_LIMITS.timeoutMs;
import type { WorkerResult, WorkerStart, WorkerTask } from './worker.js';

/** Heap cap of each worker in MiB; `GHPLAN_WORKER_HEAP_MB` lowers it (tests of the memory limit). */
export const DEFAULT_HEAP_MB = 2048;
/** Stack of each worker in MiB: the same in every command, so deep documents behave the same. */
export const STACK_MB = 4;
/** Time a worker gets past --timeout to report the timeout itself before it is terminated. */
const HARD_TIMEOUT_GRACE_MS = 200;

export function heapMb(requested?: number): number {
  const env = Number(process.env.GHPLAN_WORKER_HEAP_MB);
  return requested ?? (Number.isFinite(env) && env >= 16 ? env : DEFAULT_HEAP_MB);
}

export type Pool = PiscinaType<WorkerTask, WorkerResult>;

async function newPool(threads: number, heap: number, start: WorkerStart): Promise<Pool> {
  const { Piscina } = await import('piscina');
  return new Piscina<WorkerTask, WorkerResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 5000,
    recordTiming: false, // no run-time histograms: nobody reads them
    resourceLimits: { maxOldGenerationSizeMb: heap, stackSizeMb: STACK_MB },
    workerData: { audience: audience(), ...start },
  });
}

/** A pool started before the command was even parsed (see `prestartPool`), until a command claims it. */
let prestarted: { threads: number; heap: number; pool: Promise<Pool> } | null = null;

/**
 * Starts a pool at once, before the command line is parsed and its modules loaded, so that the
 * worker's thread and modules load at the same time as the main thread's (two cores, not one
 * after the other). The next `createPool` with the same size takes it; a different one ends it.
 */
export function prestartPool(threads: number, start: WorkerStart = {}): void {
  const heap = heapMb();
  const pool = newPool(threads, heap, start);
  pool.catch(() => undefined); // a pool that cannot start fails again, with its message, in createPool
  prestarted = { threads, heap, pool };
}

/** Ends a prestarted pool no command took (help, a usage error), so it cannot keep the process alive. */
export function discardPrestartedPool(): void {
  const early = prestarted;
  prestarted = null;
  void early?.pool.then((p) => p.destroy()).catch(() => undefined);
}

export async function createPool(threads: number, heap?: number): Promise<Pool> {
  const early = prestarted;
  prestarted = null;
  if (early) {
    if (early.threads === threads && early.heap === heapMb(heap)) return early.pool;
    void early.pool.then((p) => p.destroy()).catch(() => undefined);
  }
  return newPool(threads, heapMb(heap), {});
}

export interface RunHooks {
  /** A worker began the file (the timeout runs from then, not from the queue). */
  onStart?(): void;
  /** Aborting it drops the task: the promise rejects with `stopped`. */
  signal?: AbortSignal;
  /**
   * No task follows (`extract`): a timed-out task's thread is not replaced. Piscina starts a
   * replacement for an aborted task, and the exit that follows would end that thread while it
   * loads its modules, which can crash Node itself (a V8 fatal error after the message).
   */
  lastTask?: boolean;
}

/** Thrown when the task was dropped through `hooks.signal` (not a failure of the file). */
export class Stopped extends Error {}

/** Runs one task; a timeout, a crash or running out of memory become a failed result. */
export async function runTask(pool: Pool, task: Omit<WorkerTask, 'port'>, timeoutMs: number, hooks: RunHooks = {}): Promise<WorkerResult> {
  const ac = new AbortController();
  const onStop = (): void => ac.abort();
  hooks.signal?.addEventListener('abort', onStop);
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const { port1, port2 } = new MessageChannel();
  port1.once('message', () => {
    hooks.onStart?.();
    if (timeoutMs) {
      timer = setTimeout(() => {
        timedOut = true;
        if (hooks.lastTask) pool.options.minThreads = 0;
        ac.abort();
      }, timeoutMs + HARD_TIMEOUT_GRACE_MS);
    }
  });
  try {
    const transferList: (MessagePort | ArrayBuffer)[] = [port2];
    // bytes that own their whole buffer move to the worker instead of being copied
    if (task.bytes && task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength)
      transferList.push(task.bytes.buffer as ArrayBuffer);
    return await pool.run({ ...task, port: port2 }, { signal: ac.signal, transferList });
  } catch (e) {
    if (hooks.signal?.aborted && !timedOut) throw new Stopped('stopped');
    if (timedOut) return { ok: false, sha256: null, error: facts(ErrorCodes.TIMEOUT, timeoutText(timeoutMs)) };
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { ok: false, sha256: null, error: facts(ErrorCodes.OUT_OF_MEMORY, msg('err.outOfMemory', { mb: heapMb() })) };
    }
    const detail = err && typeof err.message === 'string' ? err.message.split('\n')[0]! : String(e);
    return { ok: false, sha256: null, error: facts(ErrorCodes.WORKER_CRASHED, msg('err.workerCrashed', { detail })) };
  } finally {
    clearTimeout(timer);
    port1.close();
    hooks.signal?.removeEventListener('abort', onStop);
  }
}

export interface IsolatedInput {
  /** Absolute path, or the bytes (stdin). */
  path?: string;
  bytes?: Uint8Array;
  /** `source.file` and the name in messages. */
  file: string;
}

/**
 * A pool for `extract` and `check`: one thread per file read at once. The pool is created
 * once per command; its threads start while the command does its own checks.
 */
export async function extractInPool(
  pool: Pool,
  input: IsolatedInput,
  options: WorkerTask['options'],
  pretty = false,
  hooks: RunHooks = {},
): Promise<WorkerResult> {
  return runTask(pool, { ...input, options, pretty }, options.limits?.timeoutMs ?? DEFAULT_TIMEOUT_MS, hooks);
}
