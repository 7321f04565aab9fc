/**
 * Output formats of `ghplan check`: `text` (people), `json` (scripts), `github` (workflow
 * commands that annotate a pull request) and `junit` (XML for GitLab, Jenkins…). Pure
 * functions of the results: the same results give byte-identical output.
 */
import type { ChalkInstance } from 'chalk';
import type { FileResult, Finding, Totals } from './run.js';
import { totals } from './run.js';

export const FORMATS = ['text', 'json', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(t: Totals): string {
  let s = `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`;
  if (t.infos) s += `, ${t.infos} info`;
  s += ` in ${plural(t.files, 'file')}`;
  if (t.failed) s += ` (${t.failed} could not be read)`;
  return s;
}

// ---------------------------------------------------------------- text

export interface TextOptions {
  chalk: ChalkInstance;
  /** Only error findings (the summary still counts all). */
  quiet?: boolean;
}

export function formatText(results: readonly FileResult[], { chalk: c, quiet }: TextOptions): string {
  const lines: string[] = [];
  const colour = { error: c.red, warning: c.yellow, info: c.blue } as const;
  for (const r of results) {
    if (!r.ok) continue;
    const shown = quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
    if (!shown.length) continue;
    const loc = (f: Finding): string => `${f.line}:${f.column}`;
    const msg = (f: Finding): string => (f.page !== null ? `${f.message} (page ${f.page})` : f.message);
    const wLoc = Math.max(...shown.map((f) => loc(f).length));
    const wSev = Math.max(...shown.map((f) => f.severity.length));
    // Messages are padded so the rule column lines up, up to a point (long ones push it out).
    const wMsg = Math.min(72, Math.max(...shown.map((f) => msg(f).length)));
    lines.push(c.underline(r.file));
    for (const f of shown) {
      lines.push(`  ${c.dim(loc(f).padStart(wLoc))}  ${colour[f.severity](f.severity.padEnd(wSev))}  ${msg(f).padEnd(wMsg)}  ${c.dim(f.slug)}`);
    }
    lines.push('');
  }
  const t = totals(results);
  const summary = summaryLine(t);
  lines.push(t.errors || t.failed ? c.red.bold(summary) : t.warnings ? c.yellow.bold(summary) : c.green(summary));
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- json

export function formatJson(results: readonly FileResult[]): string {
  const out = [];
  for (const r of results) {
    if (!r.ok) continue;
    for (const f of r.findings) {
      out.push({ file: f.file, line: f.line, page: f.page, table: f.table, row: f.row, ruleId: f.ruleId, slug: f.slug, severity: f.severity, message: f.message });
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
}

// ---------------------------------------------------------------- github

/** Escapes the message of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GH_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.ok) {
      lines.push(`::error file=${escapeProperty(r.file)},title=${escapeProperty(r.error.code)}::${escapeData(r.error.message)}`);
      continue;
    }
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(`${f.ruleId} ${f.slug}`)}`];
      lines.push(`::${GH_LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// ---------------------------------------------------------------- junit

/** Text and attribute escaping for XML 1.0; characters XML cannot hold are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Element text: line breaks kept as they are. */
function escapeXmlText(s: string): string {
  return escapeXml(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

/** One testsuite per file, one testcase per enabled rule; error findings are failures, others system-out. */
export function formatJunit(results: readonly FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const name = escapeXml(r.file);
    if (!r.ok) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0">\n` +
          `    <testcase classname="${name}" name="extract">\n` +
          `      <error type="${escapeXml(r.error.code)}" message="${escapeXml(r.error.message)}">${escapeXmlText(`${r.file}: ${r.error.message} [${r.error.code}]`)}</error>\n` +
          `    </testcase>\n` +
          `  </testsuite>`,
      );
      continue;
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const { rule } of r.rules) {
      const mine = r.findings.filter((f) => f.ruleId === rule.id);
      const errs = mine.filter((f) => f.severity === 'error');
      const others = mine.filter((f) => f.severity !== 'error');
      const line = (f: Finding): string => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`;
      let body = '';
      if (errs.length) {
        suiteFailures++;
        const message = errs.length === 1 ? errs[0]!.message : `${errs.length} errors`;
        body += `\n      <failure type="error" message="${escapeXml(message)}">${escapeXmlText(errs.map(line).join('\n'))}</failure>`;
      }
      if (others.length) body += `\n      <system-out>${escapeXmlText(others.map(line).join('\n'))}</system-out>`;
      const open = `    <testcase classname="${name}" name="${escapeXml(`${rule.id} ${rule.slug}`)}"`;
      cases.push(body ? `${open}>${body}\n    </testcase>` : `${open}/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="ghplan check" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.map((s) => s + '\n').join('') +
    `</testsuites>\n`
  );
}
