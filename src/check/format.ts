/**
 * Output formats of `ghplan check`: `text` (people), `json` (scripts), `github` (workflow
 * commands that annotate a pull request) and `junit` (XML for GitLab, Jenkins…). Pure
 * functions of the results: the same results give byte-identical output.
 */
import type { ChalkInstance } from 'chalk';
import type { FileResult, Finding, Totals } from './run.js';
import { findingMessage, totals } from './run.js';
import { count, showControls, t as say } from '../i18n/index.js';
import { localMessage } from '../model/errors.js';

export const FORMATS = ['text', 'json', 'github', 'junit', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function summaryLine(t: Totals): string {
  let s = say('check.summary', {
    errors: count(t.errors, 'word.error', 'word.errors'),
    warnings: count(t.warnings, 'word.warning', 'word.warnings'),
  });
  if (t.infos) s += say('check.summaryInfos', { n: t.infos });
  s += say('check.summaryIn', { files: count(t.files, 'word.file', 'word.files') });
  if (t.failed) s += say('check.summaryUnreadable', { n: t.failed });
  return s;
}

// ---------------------------------------------------------------- text

/** `line:column`, or `line` where the input has no columns (Word, PDF, the whole document). */
export function where(f: Pick<Finding, 'line' | 'column'>): string {
  return f.column === null ? `${f.line}` : `${f.line}:${f.column}`;
}

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
    const loc = where;
    const msg = (f: Finding): string =>
      f.page !== null ? `${findingMessage(f)} ${say('check.page', { page: f.page })}` : findingMessage(f);
    const wLoc = Math.max(...shown.map((f) => loc(f).length));
    const sev = (f: Finding): string => say(`severity.${f.severity}`);
    const wSev = Math.max(...shown.map((f) => sev(f).length));
    // Messages are padded so the rule column lines up, up to a point (long ones push it out).
    const wMsg = Math.min(72, Math.max(...shown.map((f) => msg(f).length)));
    lines.push(c.underline(showControls(r.file)));
    for (const f of shown) {
      lines.push(`  ${c.dim(loc(f).padStart(wLoc))}  ${colour[f.severity](sev(f).padEnd(wSev))}  ${msg(f).padEnd(wMsg)}  ${c.dim(f.slug)}`);
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
    if (!r.ok) {
      // an unreadable file is an error of its own, named by its GHPLAN code
      out.push({ file: r.file, line: null, ruleId: r.error.code, slug: 'unreadable', severity: 'error', message: r.error.message });
      continue;
    }
    for (const f of r.findings) {
      out.push({
        file: f.file,
        line: f.line,
        column: f.column,
        page: f.page,
        table: f.table,
        row: f.row,
        ruleId: f.ruleId,
        slug: f.slug,
        severity: f.severity,
        message: f.message,
      });
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
}

// ---------------------------------------------------------------- sarif

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules in `tool.driver.rules`, each
 * result with its rule, level, message and a physical location (file, line). A file that could
 * not be read is a result of the rule `unreadable` at line 1.
 */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const rules: { id: string; name: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (id: string, name: string, text: string, severity: keyof typeof SARIF_LEVEL): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = rules.length;
      ruleIndex.set(id, i);
      rules.push({ id, name, shortDescription: { text }, defaultConfiguration: { level: SARIF_LEVEL[severity] } });
    }
    return i;
  };
  for (const r of results) for (const { rule, severity } of r.rules) addRule(rule.id, rule.slug, rule.description, severity);
  const location = (file: string, line: number, column: number | null = null) => ({
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file.replace(/\\/g, '/')) },
      region: column === null ? { startLine: Math.max(1, line) } : { startLine: Math.max(1, line), startColumn: column },
    },
  });
  const out: unknown[] = [];
  for (const r of results) {
    if (!r.ok) {
      const i = addRule('unreadable', 'unreadable', 'The file could not be read.', 'error');
      out.push({
        ruleId: 'unreadable',
        ruleIndex: i,
        level: 'error',
        message: { text: `${r.error.message} [${r.error.code}]` },
        locations: [location(r.file, 1)],
      });
      continue;
    }
    for (const f of r.findings) {
      const i = addRule(f.ruleId, f.slug, f.slug, f.severity);
      out.push({
        ruleId: f.ruleId,
        ruleIndex: i,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(f.file, f.line, f.column)],
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'ghplan', version, rules } }, results: out }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
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
      lines.push(`::error file=${escapeProperty(r.file)},title=${escapeProperty(r.error.code)}::${escapeData(localMessage(r.error))}`);
      continue;
    }
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        ...(f.column === null ? [] : [`col=${f.column}`]),
        `title=${escapeProperty(`${f.ruleId} ${f.slug}`)}`,
      ];
      lines.push(`::${GH_LEVEL[f.severity]} ${props.join(',')}::${escapeData(findingMessage(f))}`);
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
          `      <error type="${escapeXml(r.error.code)}" message="${escapeXml(localMessage(r.error))}">${escapeXmlText(`${r.file}: ${localMessage(r.error)} [${r.error.code}]`)}</error>\n` +
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
      const line = (f: Finding): string => `${f.file}:${where(f)} ${say(`severity.${f.severity}`)} ${findingMessage(f)}`;
      let body = '';
      if (errs.length) {
        suiteFailures++;
        const message = errs.length === 1 ? findingMessage(errs[0]!) : say('check.manyErrors', { n: errs.length });
        body += `\n      <failure type="error" message="${escapeXml(message)}">${escapeXmlText(errs.map(line).join('\n'))}</failure>`;
      }
      if (others.length) body += `\n      <system-out>${escapeXmlText(others.map(line).join('\n'))}</system-out>`;
      const open = `    <testcase classname="${name}" name="${escapeXml(`${rule.id} ${rule.slug}`)}"`;
      cases.push(body ? `${open}>${body}\n    </testcase>` : `${open}/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="ghplan check" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.map((s) => s + '\n').join('') +
    `</testsuites>\n`
  );
}
