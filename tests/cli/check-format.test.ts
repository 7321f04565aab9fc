// The formatters of `ghplan check` as functions: escaping for GitHub workflow commands and XML.
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { escapeData, escapeProperty, escapeXml, formatGithub, formatJunit, formatText, summaryLine } from '../../src/check/format.js';
import type { FileResult, Finding } from '../../src/check/run.js';
import { RULES } from '../../src/rules/index.js';
import { GhplanError } from '../../src/model/errors.js';

const rules = RULES.map((rule) => ({ rule, severity: rule.defaultSeverity, options: {} }));

function finding(over: Partial<Finding> = {}): Finding {
  return {
    file: 'a.txt',
    line: 3,
    column: 1,
    page: null,
    table: null,
    row: null,
    ruleId: 'GP001',
    slug: 'required-sections',
    severity: 'error',
    message: 'm',
    ...over,
  };
}

describe('github workflow commands', () => {
  it('escapes % \\r \\n in messages and also : , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\plans\\kế hoạch, 50%.txt')).toBe('C%3A\\plans\\kế hoạch%2C 50%25.txt');
  });
  it('maps severities to error, warning and notice; failed files become errors with their code', () => {
    const results: FileResult[] = [
      {
        file: 'x,y:z.txt',
        ok: true,
        rules,
        findings: [
          finding({ file: 'x,y:z.txt', message: 'a\nb' }),
          finding({ file: 'x,y:z.txt', severity: 'warning', line: 7 }),
          finding({ file: 'x,y:z.txt', severity: 'info', line: 9 }),
        ],
      },
      { file: 'bad.pdf', ok: false, rules, error: new GhplanError('GHPLAN_PDF_ENCRYPTED', 'PDF is encrypted: 100%') },
    ];
    expect(formatGithub(results).split('\n')).toEqual([
      '::error file=x%2Cy%3Az.txt,line=3,col=1,title=GP001 required-sections::a%0Ab',
      '::warning file=x%2Cy%3Az.txt,line=7,col=1,title=GP001 required-sections::m',
      '::notice file=x%2Cy%3Az.txt,line=9,col=1,title=GP001 required-sections::m',
      '::error file=bad.pdf,title=GHPLAN_PDF_ENCRYPTED::PDF is encrypted: 100%25',
      '',
    ]);
  });
});

describe('junit', () => {
  it('escapes XML in names, attributes and text, and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;');
    const xml = formatJunit([
      {
        file: 'k&h <1>.txt',
        ok: true,
        rules: rules.slice(0, 1),
        findings: [finding({ file: 'k&h <1>.txt', message: 'thiếu "Mục tiêu" & <chỉ tiêu>' })],
      },
    ]);
    expect(xml).toContain('<testsuite name="k&amp;h &lt;1&gt;.txt" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain(
      '<failure type="error" message="thiếu &quot;Mục tiêu&quot; &amp; &lt;chỉ tiêu&gt;">k&amp;h &lt;1&gt;.txt:3:1 error thiếu &quot;Mục tiêu&quot; &amp; &lt;chỉ tiêu&gt;</failure>',
    );
  });
  it('warnings are not failures', () => {
    const xml = formatJunit([{ file: 'a.txt', ok: true, rules: rules.slice(0, 1), findings: [finding({ severity: 'warning' })] }]);
    expect(xml).toContain('tests="1" failures="0" errors="0"');
    expect(xml).toContain('<system-out>a.txt:3:1 warning m</system-out>');
  });
});

describe('text', () => {
  const c = new Chalk({ level: 0 });
  it('summary wording', () => {
    expect(summaryLine({ files: 1, failed: 0, errors: 1, warnings: 0, infos: 0 })).toBe('1 error, 0 warnings in 1 file');
    expect(summaryLine({ files: 3, failed: 1, errors: 2, warnings: 1, infos: 2 })).toBe(
      '2 errors, 1 warning, 2 info in 3 files (1 could not be read)',
    );
  });
  it('aligns the columns and adds the page of PDF findings', () => {
    const out = formatText(
      [
        {
          file: 'a.pdf',
          ok: true,
          rules,
          findings: [
            finding({ line: 3 }),
            finding({ line: 120, page: 4, severity: 'warning', slug: 'task-complete', message: 'longer message' }),
          ],
        },
      ],
      { chalk: c },
    );
    expect(out).toBe(
      [
        'a.pdf',
        '    3:1  error    m                        required-sections',
        '  120:1  warning  longer message (page 4)  task-complete',
        '',
        '1 error, 1 warning in 1 file',
        '',
      ].join('\n'),
    );
  });
});
