/**
 * JSON Schema (draft 2020-12) validation with ajv, turned into problems with file:line:col, the
 * field path, and a hint (the closest known field for an unknown one).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../model/errors.js';
import { closestName } from './closest-name.js';
import { formatField, pointerToPath } from './field-path.js';
import * as generated from './generated/schema-validators.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

export type SchemaName = 'table' | 'config';

/**
 * The schemas compiled ahead of time (ajv standalone, options allErrors + verbose): compiling
 * at start-up would cost most of validate's 300 ms budget. Regenerated from schema/*.json by
 * test/desired/generate-validators.ts, whose test fails when they drift apart.
 */
const validators = generated as unknown as Readonly<Record<SchemaName, ValidateFunction>>;

function validator(name: SchemaName): ValidateFunction {
  return validators[name];
}

/** Maps a failing field (env prefix stripped) and keyword to a domain code, or null for the generic one. */
export type DomainCoder = (path: readonly PathSegment[], keyword: string) => string | null;

/** Validates `src.value` against the named schema; [] when valid. */
export function schemaProblems(src: YamlSource, name: SchemaName, prefix: 'SPEC' | 'CONFIG', domain: DomainCoder): Problem[] {
  const validate = validator(name);
  if (validate(src.value)) return [];
  const errors = collapseAnyOf(validate.errors ?? []);
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors) {
    const p = toProblem(e, src, prefix, domain);
    const key = `${p.code}|${p.field ?? ''}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out.sort(byPosition);
}

/** File order: line, then column (stable, so ajv's order breaks ties). */
export function byPosition(a: Problem, b: Problem): number {
  return (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.col ?? 0) - (b.location?.col ?? 0);
}

/**
 * ajv reports every failing branch of an `anyOf`. When the value has the kind of one branch (an
 * error below the anyOf's path, or one at it other than type / enum / const), that branch's errors
 * are the useful ones; otherwise one problem for the anyOf as a whole. (Branch errors cannot be
 * grouped by schemaPath: through a `$ref` it names the referenced definition.)
 */
function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const kindErrors = new Set(['type', 'enum', 'const']);
  // `if` / `then` / `else` (a capacity: a range when it is a mapping, else units) reports the branch's
  // own errors, and an `if` error besides them that says nothing more.
  let out = errors.filter((e) => e.keyword !== 'propertyNames' && e.keyword !== 'if');
  for (const a of errors.filter((e) => e.keyword === 'anyOf')) {
    const under = (e: ErrorObject): boolean => e !== a && (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`));
    const specific = out.filter((e) => under(e) && e.keyword !== 'anyOf' && !(e.instancePath === a.instancePath && kindErrors.has(e.keyword)));
    out = specific.length
      ? out.filter((e) => e !== a && !(under(e) && e.instancePath === a.instancePath && kindErrors.has(e.keyword)))
      : out.filter((e) => !under(e));
  }
  return out;
}

function toProblem(e: ErrorObject, src: YamlSource, prefix: 'SPEC' | 'CONFIG', domain: DomainCoder): Problem {
  const base = pointerToPath(e.instancePath, src.value);
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  const here = propertyName !== undefined ? [...base, propertyName] : base;
  const label = formatField(here) || 'the file';
  const domainPath = stripEnvironment(here);
  const code = (generic: string): string => domain(domainPath, propertyName !== undefined ? 'propertyNames' : e.keyword) ?? `${prefix}_${generic}`;
  const parentSchema = e.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;

  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = [...base, name];
      const known = Object.keys(parentSchema?.properties ?? {});
      const guess = closestName(name, known);
      return {
        code: `${prefix}_UNKNOWN_FIELD`,
        message: `unknown field '${name}'${base.length ? ` in ${formatField(base)}` : ''}`,
        location: src.locate(path, { key: true }),
        field: formatField(path),
        hint: guess ? `Did you mean '${guess}'?` : known.length ? `Known fields: ${known.join(', ')}.` : 'Remove it.',
      };
    }
    case 'required': {
      const name = String((e.params as { missingProperty: string }).missingProperty);
      const path = [...base, name];
      return {
        code: code('REQUIRED'),
        message: `missing required field '${name}'${base.length ? ` in ${formatField(base)}` : ''}`,
        location: src.locate(base),
        field: formatField(path),
        hint: `Add '${name}:'.`,
      };
    }
    case 'enum':
    case 'const': {
      const allowed = e.keyword === 'enum' ? ((e.params as { allowedValues: unknown[] }).allowedValues ?? []) : [(e.params as { allowedValue: unknown }).allowedValue];
      const guess = typeof e.data === 'string' ? closestName(e.data, allowed.filter((a): a is string => typeof a === 'string')) : null;
      return {
        code: code('ENUM'),
        message: `${label} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${show(e.data)}`,
        location: src.locate(here),
        field: formatField(here),
        ...(guess ? { hint: `Did you mean '${guess}'?` } : {}),
      };
    }
    case 'anyOf': {
      // `projection: KEY_ONLY` fails every branch; the enum branch still knows the closest value.
      const guess = typeof e.data === 'string' ? closestName(e.data, branchEnumValues(e.parentSchema)) : null;
      const expected = parentSchema?.description ? `Expected: ${parentSchema.description}` : null;
      const hint = [guess ? `Did you mean '${guess}'?` : null, expected].filter((h) => h !== null).join(' ');
      return {
        code: code('TYPE'),
        message: `${label} has the wrong form; got ${show(e.data)}`,
        location: src.locate(here),
        field: formatField(here),
        ...(hint ? { hint } : {}),
      };
    }
    case 'type': {
      const want = String((e.params as { type: string | string[] }).type);
      // 1e309, .inf and .nan read as Infinity / NaN, which JSON (and so the message) would show as null.
      if (typeof e.data === 'number' && !Number.isFinite(e.data))
        return {
          code: code('TYPE'),
          message: `${label} is not a finite number; got ${String(e.data)}`,
          location: src.locate(here),
          field: formatField(here),
          hint: 'Write a whole number (such as 5); 1e309, .inf and .nan are not numbers DynamoDB can store.',
        };
      return {
        code: code('TYPE'),
        message: `${label} must be ${article(want)}; got ${show(e.data)}`,
        location: src.locate(here),
        field: formatField(here),
        ...(want === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean') ? { hint: `Quote it: '${String(e.data)}'.` } : {}),
      };
    }
    default: {
      if (e.keyword === 'maximum' && (e.params as { limit: number }).limit === Number.MAX_SAFE_INTEGER)
        return {
          code: code('VALUE'),
          message: `${label} is larger than 2^53 - 1 (9007199254740991): a number that large is not read exactly (it reads as ${String(e.data)})`,
          location: src.locate(here),
          field: formatField(here),
          hint: 'Write a smaller whole number; no DynamoDB quota comes near it.',
        };
      const what = propertyName !== undefined ? `key '${propertyName}'` : label;
      return {
        code: code('VALUE'),
        message: `${what} ${e.keyword === 'pattern' ? patternMessage(propertyName, (e.params as { pattern?: string }).pattern) : (e.message ?? 'is not valid')}${propertyName === undefined && e.data !== undefined && typeof e.data !== 'object' ? `; got ${show(e.data)}` : ''}`,
        location: src.locate(here, { key: propertyName !== undefined }),
        field: formatField(here),
        ...(parentSchema?.description ? { hint: parentSchema.description } : {}),
      };
    }
  }
}

/** `environments.prod.billing.read` → `billing.read`: overrides share the base's domain codes. */
function stripEnvironment(path: readonly PathSegment[]): readonly PathSegment[] {
  return path[0] === 'environments' && path.length >= 2 ? path.slice(2) : path;
}

/** The string values of the `enum` branches of an `anyOf` schema. */
function branchEnumValues(schema: unknown): string[] {
  const branches = (schema as { anyOf?: readonly { enum?: readonly unknown[] }[] } | undefined)?.anyOf ?? [];
  return branches.flatMap((b) => (b.enum ?? []).filter((v): v is string => typeof v === 'string'));
}

function show(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * A pattern that is one character class (`^[A-Za-z0-9_-]+$`) is broken by a character; any other
 * (an ARN, a key id, a URL, a duration) by the value's form: the hint (the field's description) says
 * which form.
 */
function patternMessage(propertyName: string | undefined, pattern: string | undefined): string {
  if (propertyName !== undefined && /^aws:/i.test(propertyName)) return "uses the prefix 'aws:', which AWS reserves";
  const oneClass = pattern !== undefined && /^\^(\(\?![^)]*\))?\[[^\]]*\][*+]\$$/.test(pattern);
  return oneClass ? 'contains characters that are not allowed' : 'is not in the expected form';
}
