/**
 * The progress line of `ghplan batch` on stderr: only on a terminal and without --quiet.
 * Redrawn in place with \r at most ten times a second; messages printed through `log`
 * clear it first so they never mix with the bar.
 */
import { showControls } from '../i18n/index.js';
export interface ProgressOptions {
  total: number;
  stream: NodeJS.WriteStream;
  enabled: boolean;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}

export class Progress {
  private done = 0;
  private worked = 0;
  private current = '';
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(private readonly opts: ProgressOptions) {}

  /** A file was started (shown as the current file). */
  start(file: string): void {
    this.current = file;
    this.draw(false);
  }

  /** A file is finished; `worked` is false for files skipped as unchanged (they do not count for the ETA). */
  tick(worked = true): void {
    if (this.done < this.opts.total) this.done++;
    if (worked) this.worked++;
    this.draw(this.done === this.opts.total);
  }

  /** Prints a line above the bar. */
  log(line: string): void {
    this.clear();
    this.opts.stream.write(line + '\n');
    this.draw(true);
  }

  clear(): void {
    if (this.opts.enabled && this.shown) {
      this.opts.stream.write('\r\x1b[2K');
      this.shown = false;
    }
  }

  private draw(force: boolean): void {
    if (!this.opts.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const { total } = this.opts;
    const width = 24;
    const filled = total ? Math.round((this.done / total) * width) : width;
    const remaining = total - this.done;
    const elapsed = now - this.started;
    const eta = this.worked > 0 && remaining > 0 ? ` ETA ${clock((elapsed / this.worked) * remaining)}` : '';
    const head = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${total}${eta} `;
    const cols = this.opts.stream.columns || 80;
    let name = showControls(this.current);
    const room = cols - head.length - 1;
    if (room <= 3) name = '';
    else if (name.length > room) name = '…' + name.slice(name.length - room + 1);
    this.opts.stream.write(`\r\x1b[2K${head}${name}`);
    this.shown = true;
  }
}
