/**
 * A YAML file parsed with its positions kept, so every problem can say `file:line:col`.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem, SourceLocation } from '../model/errors.js';

export type PathSegment = string | number;

export interface YamlSource {
  /** Path relative to the project directory, as printed in problems. */
  readonly file: string;
  /** The plain JS value (undefined for an empty file). */
  readonly value: unknown;
  /** Syntax errors; when not empty, `value` must not be trusted. */
  readonly problems: readonly Problem[];
  /**
   * Where the node at `path` starts. With `key: true`, the key of the last segment (for an
   * unknown field). Falls back to the nearest existing ancestor, then to 1:1.
   */
  readonly locate: (path: readonly PathSegment[], opts?: { readonly key?: boolean }) => SourceLocation;
  /** Whether a node exists at `path`. */
  readonly has: (path: readonly PathSegment[]) => boolean;
}

/** Parses one YAML document; never throws on bad input. */
export function parseYamlSource(file: string, text: string, codePrefix: 'SPEC' | 'CONFIG'): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { file, line, col };
  };
  // After the first syntax error the parser's later complaints are mostly echoes of it; duplicate
  // keys are independent, so all of those are kept.
  const firstSyntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0])[0];
  const reported = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax);
  const problems: Problem[] = reported.map((e) => ({
    code: e.code === 'DUPLICATE_KEY' ? `${codePrefix}_DUPLICATE_KEY` : `${codePrefix}_YAML_SYNTAX`,
    message: e.code === 'DUPLICATE_KEY' ? 'the same key appears twice in one mapping' : firstLine(e.message),
    location: at(syntaxOffset(text, e.message, e.pos[0])),
    hint:
      e.code === 'DUPLICATE_KEY'
        ? 'Remove one of them (YAML keeps only one).'
        : 'Fix the YAML syntax; a linter such as yamllint shows the structure.',
  }));
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      problems.push({
        code: `${codePrefix}_YAML_SYNTAX`,
        message: e instanceof Error ? firstLine(e.message) : String(e),
        location: at(0),
      });
    }
  }
  const find = (path: readonly PathSegment[], key: boolean): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let found: Node | null = isNode(node) ? node : null;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(seg));
        if (!pair) return { node: found, depth: i };
        if (key && i === path.length - 1 && isNode(pair.key)) return { node: pair.key, depth: i + 1 };
        node = pair.value;
        // A block mapping or list starts on the line after its key; the key is where a reader
        // looks (`tags:` has too many entries). A `key:` with no value is located at the key too.
        found = isNode(pair.key) && (!isNode(node) || ((isMap(node) || isSeq(node)) && !node.flow)) ? pair.key : isNode(node) ? node : found;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        if (!isNode(node)) return { node: found, depth: i };
        found = node;
      } else {
        return { node: found, depth: i };
      }
    }
    return { node: found, depth: path.length };
  };
  return {
    file,
    value,
    problems,
    locate: (path, opts) => {
      const { node } = find(path, opts?.key ?? false);
      return at(node?.range?.[0] ?? firstContentOffset(doc));
    },
    has: (path) => find(path, false).depth === path.length,
  };
}

/**
 * The parser notices an unclosed quote or flow collection where the input ends or the indentation
 * breaks; the reader needs the line that opened it.
 */
function syntaxOffset(text: string, message: string, pos: number): number {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) if (text[i] === quote && text[i - 1] !== '\\') return i;
    return pos;
  }
  const close = /end with an? ([}\]])/.exec(message)?.[1];
  if (close) {
    const open = close === '}' ? '{' : '[';
    let depth = 0;
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
      if (text[i] === close) depth++;
      else if (text[i] === open && depth-- === 0) return i;
    }
  }
  return pos;
}

function keyString(k: unknown): string | null {
  if (isScalar(k)) return String(k.value);
  return null;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function firstContentOffset(doc: Document): number {
  const c = doc.contents;
  return isNode(c) && c.range ? c.range[0] : 0;
}
