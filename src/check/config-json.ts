/**
 * The syntax of a config file checked before JSON.parse, for two reasons: JSON.parse's message
 * quotes the text around the error (a config that links to a secret file would be echoed), and
 * it gives no line or column; and a value nested thousands deep should be refused as such,
 * not overflow a validator's stack. One pass, no regex, recursion bounded by `maxDepth`.
 */

export interface JsonProblem {
  /** 1-based, in characters. */
  line: number;
  column: number;
  what: 'unexpected' | 'end' | 'deep';
}

class Invalid {
  constructor(
    readonly at: number,
    readonly what: JsonProblem['what'],
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The first syntax problem of `text` as JSON (or nesting deeper than `maxDepth`), or null when it is valid. */
export function jsonProblem(text: string, maxDepth: number): JsonProblem | null {
  let i = 0;
  const fail = (what: JsonProblem['what'] = 'unexpected'): never => {
    throw new Invalid(i, i >= text.length && what === 'unexpected' ? 'end' : what);
  };
  const ws = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const digits = (): void => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[++i];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (e !== undefined && ESCAPES.has(e)) i++;
        else fail();
      } else i++;
    }
  };
  const value = (depth: number): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= maxDepth) fail('deep');
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || isDigit(c)) number();
    else fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ...lineAndColumn(text, e.at), what: e.what };
  }
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: at - start + 1 };
}
