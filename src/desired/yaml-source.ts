/**
 * A YAML file parsed with its positions kept, so every problem can say `file:line:col`. Linear in
 * the size of the file: duplicate keys are found by our own walk (yaml-checks.ts) instead of the
 * parser's pairwise check, and field lookups go through a per-mapping index.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem, SourceLocation } from '../model/errors.js';
import { findNodeProblems } from './yaml-checks.js';

export type PathSegment = string | number;

export interface YamlSource {
  /** The file as printed in problems (see `displayPath`). */
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
  // uniqueKeys off: the parser's own check compares every key with every earlier one (quadratic:
  // a 250,000-key map took half an hour); findNodeProblems does the same check in one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { file, line, col };
  };
  // After the first syntax error the parser's later complaints are mostly echoes of it.
  const firstSyntax = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const problems: Problem[] = [];
  if (firstSyntax) {
    const multi = firstSyntax.code === 'MULTIPLE_DOCS';
    problems.push({
      code: `${codePrefix}_YAML_SYNTAX`,
      message: multi ? multipleDocsMessage(text, codePrefix) : firstLine(firstSyntax.message),
      location: at(syntaxOffset(text, firstSyntax.message, firstSyntax.pos[0])),
      hint: multi
        ? `Remove the '---' separator${codePrefix === 'SPEC' ? ' and put each table in its own file under tables/' : ''}.`
        : 'Fix the YAML syntax; a linter such as yamllint shows the structure.',
    });
  } else {
    for (const f of findNodeProblems(doc))
      problems.push(
        f.kind === 'duplicate-key'
          ? { code: `${codePrefix}_DUPLICATE_KEY`, message: 'the same key appears twice in one mapping', location: at(f.offset), hint: 'Remove one of them (YAML keeps only one).' }
          : {
              code: `${codePrefix}_YAML_TAG`,
              message: `the YAML tag ${f.tag} is not part of the format`,
              // The node starts after its tag (for a block collection, on the next line): point at the tag.
              location: at(Math.max(0, text.lastIndexOf('!', f.offset))),
              hint: 'Remove the tag: write a plain mapping, list, string, number or boolean (tags such as !!omap or !!set would change how the value is read).',
            },
      );
  }
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
  const pairsOf = mapIndex();
  const find = (path: readonly PathSegment[], key: boolean): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let found: Node | null = isNode(node) ? node : null;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = pairsOf(node).get(String(seg));
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

/**
 * Each mapping's pairs by key string, built on first lookup: a problem per key of a large map
 * (250,000 bad tag keys) must not scan the map once per problem. The first of equal keys wins.
 */
function mapIndex(): (map: YAMLMap) => ReadonlyMap<string, Pair> {
  const cache = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map) => {
    let index = cache.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      cache.set(map, index);
    }
    return index;
  };
}

/** "one table per file: this file holds N YAML documents" (counted only when it happens). */
function multipleDocsMessage(text: string, codePrefix: 'SPEC' | 'CONFIG'): string {
  const n = parseAllDocuments(text).length;
  const count = Number.isFinite(n) ? `${n} YAML documents` : 'more than one YAML document';
  return codePrefix === 'SPEC' ? `one table per file: this file holds ${count}` : `ddb-migrate.yaml is one YAML document: this file holds ${count}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function firstContentOffset(doc: Document): number {
  const c = doc.contents;
  return isNode(c) && c.range ? c.range[0] : 0;
}
