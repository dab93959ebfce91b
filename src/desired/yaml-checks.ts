/**
 * Checks on a parsed YAML document that the parser either does in quadratic time (duplicate keys:
 * `yaml` compares each key with every earlier one) or not at all (tags outside the format), in one
 * linear walk of the tree.
 */
import { isAlias, isMap, isPair, isScalar, visit, type Document, type Node } from 'yaml';

/**
 * The explicit tags a project file may carry: the YAML core schema's own types, which read a value
 * exactly as an untagged one would. Everything else (`!!omap`, `!!set`, `!!binary`, `!custom`, ...)
 * would turn into a JS Map, Set, Buffer or an unresolved string that the schema check cannot see.
 */
const ALLOWED_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** One finding of the walk, at a source offset. */
export interface NodeFinding {
  readonly kind: 'duplicate-key' | 'tag';
  readonly offset: number;
  /** The tag as written (`!!omap`, `!custom`) for a tag finding. */
  readonly tag?: string;
}

/** Duplicate keys (as `yaml`'s `uniqueKeys: true` defines them) and disallowed tags, in one walk. */
export function findNodeProblems(doc: Document): NodeFinding[] {
  const out: NodeFinding[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) return;
      const tag = (node as Node).tag;
      if (tag !== undefined && !ALLOWED_TAGS.has(tag)) out.push({ kind: 'tag', offset: node.range?.[0] ?? 0, tag: shortTag(tag) });
      if (isMap(node)) {
        // Scalar keys are equal when their values are (`1` and `"1"` differ); other keys only
        // when they are the same node, exactly as yaml's own check.
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          if (!isPair(pair) || !isScalar(pair.key)) continue;
          const v = pair.key.value;
          if (seen.has(v)) out.push({ kind: 'duplicate-key', offset: pair.key.range?.[0] ?? 0 });
          else seen.add(v);
        }
      }
    },
  });
  return out;
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

