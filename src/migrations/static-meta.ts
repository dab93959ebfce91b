/**
 * A migration's metadata read from its TEXT, without importing it: `plan`, `drift` and `history`
 * must not run project code (a migration's top level could print secrets or write anywhere).
 *
 * Two sources, in this order:
 *  1. header lines `// ddb-migrate: phase=before`, `// ddb-migrate: tables=a,b`,
 *     `// ddb-migrate: description=...` (for a `meta` that is computed, not written out);
 *  2. the literal `export const meta = { phase: 'after', tables: ['t'], description: '...' };`
 *     (a type annotation, `as const` and `satisfies X` are allowed; values must be plain strings
 *     and lists of strings).
 * A `meta` that is neither is refused (MIGRATION_META_NOT_STATIC); `apply`, which does import the
 * module, also checks that the exported `meta` says the same as what was read here.
 */

/** What the text declares; `undefined` fields were not declared (defaults apply later). */
export interface StaticMeta {
  readonly fields: Readonly<Record<string, unknown>>;
  /** Why the metadata could not be read statically; null when it could (or there is no `meta`). */
  readonly notStatic: string | null;
  /** The `// ddb-migrate: skeleton` marker line of an unedited `migration new` file is present. */
  readonly skeleton: boolean;
}

/** The marker `migration new` writes; apply refuses a file that still has it (MIGRATION_UNEDITED). */
export const SKELETON_MARKER = '// ddb-migrate: skeleton (remove this line when the migration is written)';

const HEADER = /^\s*\/\/\s*ddb-migrate:\s*(phase|tables|description)\s*=\s*(.*?)\s*$/;

type Token = { readonly kind: 'str'; readonly value: string } | { readonly kind: 'word'; readonly value: string } | { readonly kind: 'punct'; readonly value: string };

/** Tokens of JS/TS source: enough for an object literal of strings (comments skipped). */
function tokenize(src: string, from: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < src.length && out.length < 2000) {
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) i += 1;
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) === -1 ? src.length : src.indexOf('*/', i) + 2;
    else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== ch) {
        if (ch === '`' && src.startsWith('${', j)) return [...out, { kind: 'word', value: '${' }];
        if (src[j] === '\\') {
          const next = src[j + 1] ?? '';
          value += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[next] ?? next;
          j += 2;
        } else value += src[j++];
      }
      out.push({ kind: 'str', value });
      i = j + 1;
    } else if (/[A-Za-z0-9_$.]/.test(ch)) {
      const m = /^[A-Za-z0-9_$.]+/.exec(src.slice(i, i + 200))?.[0] ?? ch;
      out.push({ kind: 'word', value: m });
      i += m.length;
    } else {
      out.push({ kind: 'punct', value: ch });
      i += 1;
    }
  }
  return out;
}

class NotStatic extends Error {}

/** Parses a string, a list of strings or an object of those, from `tokens[at]`; returns the value and the next index. */
function literal(tokens: readonly Token[], at: number): [unknown, number] {
  const t = tokens[at];
  if (t?.kind === 'str') return [t.value, skipAsConst(tokens, at + 1)];
  if (t?.kind === 'punct' && t.value === '[') {
    const list: unknown[] = [];
    let i = at + 1;
    while (!(tokens[i]?.kind === 'punct' && tokens[i]?.value === ']')) {
      const [v, next] = literal(tokens, i);
      if (typeof v !== 'string') throw new NotStatic('a list holds something other than strings');
      list.push(v);
      i = comma(tokens, next, ']');
    }
    return [list, skipAsConst(tokens, i + 1)];
  }
  if (t?.kind === 'punct' && t.value === '{') {
    const obj: Record<string, unknown> = {};
    let i = at + 1;
    while (!(tokens[i]?.kind === 'punct' && tokens[i]?.value === '}')) {
      const key = tokens[i];
      if (!key || key.kind === 'punct') throw new NotStatic('a key is not a plain name');
      if (tokens[i + 1]?.value !== ':') throw new NotStatic(`\`${key.value}\` has no plain value`);
      const [v, next] = literal(tokens, i + 2);
      obj[key.value] = v;
      i = comma(tokens, next, '}');
    }
    return [obj, skipAsConst(tokens, i + 1)];
  }
  throw new NotStatic(`a value is computed (${t ? `\`${t.value}\`` : 'end of file'})`);
}

function comma(tokens: readonly Token[], at: number, close: string): number {
  const t = tokens[at];
  if (t?.kind === 'punct' && t.value === ',') return at + 1;
  if (t?.kind === 'punct' && t.value === close) return at;
  throw new NotStatic(`unexpected ${t ? `\`${t.value}\`` : 'end of file'}`);
}

/** `as const` after a value changes nothing. */
function skipAsConst(tokens: readonly Token[], at: number): number {
  return tokens[at]?.value === 'as' && tokens[at + 1]?.value === 'const' ? at + 2 : at;
}

/** The `= { ... }` of `export const meta[: Type] = ...`, parsed without running it. */
function metaLiteral(src: string): { value: Record<string, unknown> | null; notStatic: string | null } {
  const decl = /export\s+(?:const|let|var)\s+meta\b/.exec(src);
  if (!decl) {
    // Exported some other way (`export { meta }`, a re-export): not readable without running it.
    return /export\s*\{[^}]*\bmeta\b[^}]*\}/.test(src) ? { value: null, notStatic: '`meta` is not declared as `export const meta = { ... }`' } : { value: null, notStatic: null };
  }
  const tokens = tokenize(src, decl.index + decl[0].length);
  let i = 0;
  if (tokens[0]?.value === ':') {
    // Skip the type annotation up to the `=` outside any brackets.
    let depth = 0;
    for (i = 1; i < tokens.length; i += 1) {
      const v = tokens[i]?.value ?? '';
      if (v === '{' || v === '[' || v === '(' || v === '<') depth += 1;
      else if (v === '}' || v === ']' || v === ')' || v === '>') depth -= 1;
      else if (v === '=' && depth === 0) break;
    }
  }
  if (tokens[i]?.value !== '=') return { value: null, notStatic: '`meta` has no `= { ... }`' };
  try {
    const [value, next] = literal(tokens, i + 1);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value: null, notStatic: '`meta` is not an object literal' };
    const after = tokens[next];
    // `;`, the end, or a word (`satisfies X`, or the next statement without a semicolon) ends it.
    const end = after === undefined || after.value === ';' || after.kind === 'word';
    if (!end) return { value: null, notStatic: `\`meta\` continues after its literal (\`${after.value}\`)` };
    return { value: value as Record<string, unknown>, notStatic: null };
  } catch (e) {
    if (e instanceof NotStatic) return { value: null, notStatic: e.message };
    throw e;
  }
}

/** The metadata `src` declares, read from its text only. Pure. */
export function readStaticMeta(src: string): StaticMeta {
  const header: Record<string, unknown> = {};
  for (const line of src.split('\n')) {
    const m = HEADER.exec(line);
    if (!m) continue;
    const [, key = '', raw = ''] = m;
    header[key] = key === 'tables' ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '') : raw;
  }
  const skeleton = src.split('\n').some((l) => l.trim() === SKELETON_MARKER);
  const { value, notStatic } = metaLiteral(src);
  // Header lines win over the literal; with a header, a computed `meta` is fine (apply checks it agrees).
  const hasHeader = Object.keys(header).length > 0;
  return { fields: { ...(value ?? {}), ...header }, notStatic: hasHeader ? null : notStatic, skeleton };
}
