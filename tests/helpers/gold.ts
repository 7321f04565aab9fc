/**
 * Compares an extraction with a gold file (shared spec GOLD.md) and lists every difference,
 * with the same normalisation the project's scorer uses. An empty list means a perfect match.
 */
const norm = (s: unknown): string =>
  s == null
    ? ''
    : String(s)
        .normalize('NFC')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s.;:,]+$/u, '');
const fold = (s: unknown): string => norm(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
const setOf = (xs: unknown[] | undefined): Set<string> => new Set((xs ?? []).map(norm).filter(Boolean));
const sameSet = (a: unknown[] | undefined, b: unknown[] | undefined): boolean => {
  const x = setOf(a);
  const y = setOf(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

export function goldDiff(gold: any, out: any): string[] {
  const why: string[] = [];
  const g = gold.document ?? {};
  const d = out.document ?? {};
  const eq = (k: string, want: unknown, got: unknown): void => {
    if (norm(want) !== norm(got)) why.push(`document.${k}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  if ('kind' in g) eq('kind', g.kind, d.kind);
  if ('number' in g) eq('number', g.number, d.number);
  if ('symbol' in g) eq('symbol', g.symbol, d.symbol);
  if ('place' in g) eq('place', g.place, d.place);
  if ('date' in g) eq('date', g.date, d.date);
  if ('signer' in g) eq('signer', g.signer, d.signer?.name);
  if ('position' in g) eq('position', g.position, d.signer?.position);
  if ('issuer' in g && !(g.issuer as string[]).every((p) => fold(d.issuer).includes(fold(p))))
    why.push(`document.issuer: want ${JSON.stringify(g.issuer)}, got ${JSON.stringify(d.issuer)}`);
  if ('titleStart' in g && !norm(d.title).startsWith(norm(g.titleStart)))
    why.push(`document.title: want start ${JSON.stringify(g.titleStart)}, got ${JSON.stringify(d.title)}`);
  if ('recipients' in g && g.recipients !== (d.recipients?.length ?? 0))
    why.push(`document.recipients: want ${g.recipients}, got ${d.recipients?.length}`);
  if ('references' in g) {
    const want = new Set((g.references as string[]).map(fold));
    const got = new Set(((d.references ?? []) as any[]).map((r) => fold(r.symbol)));
    if (want.size !== got.size || [...want].some((x) => !got.has(x)))
      why.push(`document.references: want ${JSON.stringify(g.references)}, got ${JSON.stringify([...got])}`);
  }
  const key = (s: any): string => `${s.number ?? ''}|${[...(s.kinds ?? [])].sort().join('+')}`;
  const ws = (gold.sections ?? []).map(key).join(', ');
  const gs = (out.sections ?? []).map(key).join(', ');
  if (ws !== gs) why.push(`sections: want [${ws}], got [${gs}]`);
  const used = new Set<number>();
  for (const gi of gold.indicators ?? []) {
    const j = (out.indicators ?? []).findIndex(
      (pi: any, idx: number) =>
        !used.has(idx) &&
        Math.abs(Number(pi.value) - gi.value) < 1e-9 &&
        norm(pi.unit) === norm(gi.unit) &&
        pi.op === gi.op &&
        (pi.year ?? null) === (gi.year ?? null) &&
        fold(pi.text).includes(fold(gi.quote)),
    );
    if (j >= 0) used.add(j);
    else why.push(`indicator missing: ${gi.value} ${gi.unit} ${gi.op} ${gi.year} "${gi.quote}"`);
  }
  (out.indicators ?? []).forEach((pi: any, idx: number) => {
    if (!used.has(idx)) why.push(`indicator extra: ${pi.value} ${pi.unit} ${pi.op} ${pi.year} "${String(pi.text).slice(0, 60)}"`);
  });
  // Table rows and text tasks may share an id: tasks are keyed by source and id, as the scorer does.
  const taskKey = (t: any): string => `${t.source === 'text' ? 'text' : 'table'}|${norm(t.id)}`;
  const byId = new Map(((out.tasks ?? []) as any[]).map((t) => [taskKey(t), t]));
  for (const gt of gold.tasks ?? []) {
    const pt = byId.get(taskKey(gt));
    if (!pt) {
      why.push(`task missing: ${gt.id}`);
      continue;
    }
    if ('groupTitle' in gt && norm(gt.groupTitle) !== norm(pt.groupTitle))
      why.push(`task ${gt.id}.groupTitle: ${JSON.stringify(pt.groupTitle)}`);
    if ('nameStart' in gt && !norm(pt.name).startsWith(norm(gt.nameStart))) why.push(`task ${gt.id}.name: ${JSON.stringify(pt.name)}`);
    if ('output' in gt && norm(gt.output) !== norm(pt.output)) why.push(`task ${gt.id}.output: ${JSON.stringify(pt.output)}`);
    if ('deadline' in gt && (gt.deadline || null) !== (pt.deadline?.date || null))
      why.push(`task ${gt.id}.deadline: ${JSON.stringify(pt.deadline)}`);
    if ('lead' in gt && !sameSet(gt.lead, pt.lead)) why.push(`task ${gt.id}.lead: ${JSON.stringify(pt.lead)}`);
    if ('support' in gt && !sameSet(gt.support, pt.support)) why.push(`task ${gt.id}.support: ${JSON.stringify(pt.support)}`);
    if ('priority' in gt && Boolean(gt.priority) !== Boolean(pt.priority)) why.push(`task ${gt.id}.priority: ${pt.priority}`);
  }
  const goldIds = new Set((gold.tasks ?? []).map(taskKey));
  for (const pt of out.tasks ?? []) if (!goldIds.has(taskKey(pt))) why.push(`task extra: ${pt.source === 'text' ? 'text:' : ''}${pt.id}`);
  if (gold.assignments) {
    const want = new Set((gold.assignments as string[]).map(fold));
    const got = new Set(((out.assignments ?? []) as any[]).map((a) => fold(a.unit)));
    if (want.size !== got.size || [...want].some((x) => !got.has(x)))
      why.push(
        `assignments: want ${JSON.stringify(gold.assignments)}, got ${JSON.stringify(((out.assignments ?? []) as any[]).map((a) => a.unit))}`,
      );
  }
  return why;
}
