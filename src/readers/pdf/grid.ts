/**
 * Bordered tables from the ruling lines a page draws: the distinct x of vertical borders
 * are column edges, the distinct y of horizontal borders row edges; a missing border
 * inside a row merges cells (colspan), a missing border between rows merges them (rowspan).
 */
import type { Rule } from './types.js';
import { lastAtOrBelow } from '../../text/sorted.js';

export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface Grid {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  xs: number[];
  ys: number[];
  /** owner[r][c]: the cell covering band r, column c. */
  owner: GridCell[][];
  /** Cells of each row band that start in it, left to right. */
  rows: GridCell[][];
}

const TOL = 2;

function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    // Look back over rules at (nearly) the same coordinate for one to extend.
    let merged = false;
    for (let k = out.length - 1; k >= 0 && r.at - out[k]!.at <= 1.5; k--) {
      const o = out[k]!;
      if (r.from <= o.to + TOL && r.to >= o.from - TOL) {
        o.from = Math.min(o.from, r.from);
        o.to = Math.max(o.to, r.to);
        merged = true;
        break;
      }
    }
    if (!merged) out.push({ ...r });
  }
  return out;
}

function clusterCoords(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > TOL) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export function findGrids(rules: Rule[]): Grid[] {
  const hs = mergeRules(rules.filter((r) => r.dir === 'h'));
  const vs = mergeRules(rules.filter((r) => r.dir === 'v'));
  if (hs.length < 2 || vs.length < 2) return [];
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j]!;
      if (v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL) {
        const a = find(parent, i);
        const b = find(parent, hs.length + j);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const root = find(parent, i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const gh = g.filter((r) => r.dir === 'h');
    const gv = g.filter((r) => r.dir === 'v');
    if (gh.length < 2 || gv.length < 2) continue;
    const xs = clusterCoords(gv.map((r) => r.at));
    const ys = clusterCoords(gh.map((r) => r.at));
    if (xs.length < 2 || ys.length < 2) continue;
    const grid = buildGrid(xs, ys, gh, gv);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0);
}

function hasV(vs: Rule[], x: number, top: number, bottom: number): boolean {
  const band = bottom - top;
  return vs.some((v) => Math.abs(v.at - x) <= TOL && v.from <= top + band * 0.3 && v.to >= bottom - band * 0.3);
}

function hasH(hs: Rule[], y: number, left: number, right: number): boolean {
  const band = right - left;
  return hs.some((h) => Math.abs(h.at - y) <= TOL && h.from <= left + band * 0.3 && h.to >= right - band * 0.3);
}

function buildGrid(xs0: number[], ys0: number[], hs: Rule[], vs: Rule[]): Grid | null {
  // Drop slivers (double borders).
  const ys = ys0.filter((y, i) => i === 0 || y - ys0[i - 1]! > 3);
  const xs = xs0.filter((x, i) => i === 0 || x - xs0[i - 1]! > 3);
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  if (nr < 1 || nc < 1) return null;
  const owner: (GridCell | undefined)[][] = Array.from({ length: nr }, () => new Array<GridCell | undefined>(nc));
  const rows: GridCell[][] = Array.from({ length: nr }, () => []);
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (owner[r]![c]) continue;
      let c1 = c + 1;
      while (c1 < nc && !hasV(vs, xs[c1]!, ys[r]!, ys[r + 1]!)) c1++;
      let r1 = r + 1;
      while (r1 < nr && !hasH(hs, ys[r1]!, xs[c]!, xs[c1]!) && owner[r1]!.slice(c, c1).every((o) => !o)) r1++;
      const cell: GridCell = { r0: r, r1, c0: c, c1 };
      for (let rr = r; rr < r1; rr++) for (let cc = c; cc < c1; cc++) owner[rr]![cc] = cell;
      rows[r]!.push(cell);
    }
  }
  return { x0: xs[0]!, x1: xs[nc]!, y0: ys[0]!, y1: ys[nr]!, xs, ys, owner: owner as GridCell[][], rows };
}

/** Index i with arr[i] <= v < arr[i+1], or -1 outside. */
export function bandOf(arr: number[], v: number): number {
  if (v < arr[0]! || v > arr[arr.length - 1]!) return -1;
  return lastAtOrBelow(arr, v, arr.length - 2);
}
