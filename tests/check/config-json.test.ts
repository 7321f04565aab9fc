import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../src/check/config-json.js';

// Whatever JSON.parse accepts, the checker accepts, and the other way round.
const VALID = [
  '{}',
  ' { "rules" : { "a" : false , "b" : [ 1 , -2.5e+3 , 0 , 0.5E-1 ] } } \r\n',
  '"x\\n\\u00e9\\"\\\\\\/"',
  'null',
  'true',
  '[[], {}, "", 1e9]',
  '{ "a": "Kế hoạch số 12/KH-UBND" }',
];
const INVALID: [string, number, number, string][] = [
  ['', 1, 1, 'end'],
  ['{', 1, 2, 'end'],
  ['{ "a": 1, }', 1, 11, 'unexpected'],
  ['{ a: 1 }', 1, 3, 'unexpected'],
  ["{ 'a': 1 }", 1, 3, 'unexpected'],
  ['[1, 2,\n 3,,]', 2, 4, 'unexpected'],
  ['{\n"a": tru }', 2, 9, 'unexpected'],
  ['01', 1, 2, 'unexpected'],
  ['1.', 1, 3, 'end'],
  ['-', 1, 2, 'end'],
  ['"tab\there"', 1, 5, 'unexpected'],
  ['"\\x"', 1, 3, 'unexpected'],
  ['"\\u12"', 1, 3, 'unexpected'],
  ['{} {}', 1, 4, 'unexpected'],
  ['NaN', 1, 1, 'unexpected'],
  ['\u00a0{}', 1, 1, 'unexpected'],
];

describe('jsonProblem', () => {
  it.each(VALID)('valid: %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonProblem(text, 32)).toBeNull();
  });

  it.each(INVALID)('invalid: %j at %i:%i (%s)', (text, line, column, what) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonProblem(text, 32)).toEqual({ line, column, what });
  });

  it('nesting: 32 levels pass, the 33rd is named where it opens', () => {
    expect(jsonProblem('['.repeat(32) + ']'.repeat(32), 32)).toBeNull();
    expect(jsonProblem('{"a":' + '['.repeat(40) + ']'.repeat(40) + '}', 32)).toEqual({ line: 1, column: 37, what: 'deep' });
  });

  it('is linear: a million brackets deep or a long string end at once', () => {
    const t0 = performance.now();
    expect(jsonProblem('['.repeat(1_000_000), 32)?.what).toBe('deep');
    expect(jsonProblem('"' + 'a'.repeat(1_000_000), 32)?.what).toBe('end');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
