/**
 * Reading the project's own files (table files, ddb-migrate.yaml) exactly as written: a size cap,
 * strict UTF-8 (no silent U+FFFD), and every file-system error turned into a problem with its own
 * code, the file, and what to do — never a raw errno.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../model/errors.js';

/**
 * Largest table file read (1 MiB). The biggest valid table (20 GSIs, 5 LSIs, 100 included
 * attributes, 50 tags, overrides for several environments) is a few tens of KiB; anything near a
 * megabyte is a generated or wrong file, and refusing it early keeps validate fast.
 */
export const MAX_TABLE_FILE_BYTES = 1024 * 1024;

/** What the problem is about, for the message and hint. */
export type FileSubject = 'project directory' | 'tables/ directory' | 'table file' | 'resource policy file' | 'ddb-migrate.yaml';

type Prefix = 'SPEC' | 'CONFIG';

/** Errno → code suffix and what to do. Codes not listed become `<PREFIX>_READ_FAILED`. */
const ERRNO_RULES: Readonly<Record<string, { readonly suffix: string; readonly what: string; readonly hint: string }>> = {
  ENOENT: { suffix: 'NOT_FOUND', what: 'does not exist', hint: 'Check the path (and --dir).' },
  ENOTDIR: { suffix: 'NOT_A_DIRECTORY', what: 'is not a directory', hint: 'Pass the project directory (the one holding tables/) with --dir.' },
  EISDIR: { suffix: 'NOT_A_FILE', what: 'is a directory, not a file', hint: 'A file is expected here: rename or remove the directory.' },
  EACCES: { suffix: 'UNREADABLE', what: 'cannot be read: permission denied', hint: 'Give the user running ddb-migrate read access (chmod / chown), or run it as its owner.' },
  EPERM: { suffix: 'UNREADABLE', what: 'cannot be read: operation not permitted', hint: 'Give the user running ddb-migrate read access (chmod / chown), or run it as its owner.' },
  ELOOP: { suffix: 'SYMLINK_LOOP', what: 'is a symbolic link that loops (it points, directly or not, at itself)', hint: 'Point the link at a real file or directory (readlink shows where it points).' },
};

/**
 * The problem for a failed file-system call on `file` (as printed), by errno: ENOENT, ENOTDIR,
 * EISDIR, EACCES/EPERM and ELOOP each have a code; anything else is `<PREFIX>_READ_FAILED`.
 */
export function fsProblem(e: unknown, subject: FileSubject, file: string, prefix: Prefix = 'SPEC'): Problem {
  const errno = (e as NodeJS.ErrnoException | null)?.code;
  const rule = errno !== undefined ? ERRNO_RULES[errno] : undefined;
  // A file:1:1 position for files; a directory has no line to point at (the message names it).
  const where = subject.endsWith('directory') ? {} : { location: { file, line: 1, col: 1 } };
  if (!rule)
    return {
      code: `${prefix}_READ_FAILED`,
      message: `the ${subject} ${file} cannot be read: ${e instanceof Error ? e.message : String(e)}`,
      ...where,
      hint: 'Check that it exists and is readable.',
    };
  return { code: `${prefix}_${rule.suffix}`, message: `the ${subject} ${file} ${rule.what}`, ...where, hint: rule.hint };
}

/** The text of `abs` (printed as `file`), or the problem that stops it being read as written. */
export async function readProjectText(
  abs: string,
  file: string,
  subject: 'table file' | 'resource policy file' | 'ddb-migrate.yaml',
  opts: { readonly maxBytes?: number } = {},
): Promise<{ readonly text: string } | { readonly problem: Problem }> {
  const prefix: Prefix = subject === 'ddb-migrate.yaml' ? 'CONFIG' : 'SPEC';
  let bytes: Buffer;
  try {
    const max = opts.maxBytes;
    if (max !== undefined) {
      const { size } = await stat(abs);
      if (size > max) return { problem: tooLarge(subject, file, size, max) };
    }
    bytes = await readFile(abs);
    // The file may have grown between stat and read.
    if (max !== undefined && bytes.length > max) return { problem: tooLarge(subject, file, bytes.length, max) };
  } catch (e) {
    return { problem: fsProblem(e, subject, file, prefix) };
  }
  return decodeUtf8(bytes, file, prefix);
}

/** Why each kind of file has a size limit, and what to do about a larger one. */
const SIZE_LIMITS: Readonly<Record<'table file' | 'resource policy file' | 'ddb-migrate.yaml', { readonly limit: string; readonly hint: string }>> = {
  'table file': { limit: '1 MiB', hint: 'A table file describes one table and is a few KiB; check that this is the file you meant (generated data belongs in fixtures/).' },
  'resource policy file': { limit: "20 KB, AWS's limit on a resource-based policy", hint: 'Shorten the policy (fewer statements, or wildcards in resources and actions); AWS refuses larger ones.' },
  'ddb-migrate.yaml': { limit: '1 MiB', hint: 'ddb-migrate.yaml holds a few environments and is a few KiB; check that this is the file you meant.' },
};

function tooLarge(subject: keyof typeof SIZE_LIMITS, file: string, size: number, max: number): Problem {
  const { limit, hint } = SIZE_LIMITS[subject];
  return {
    code: 'SPEC_FILE_TOO_LARGE',
    message: `the ${subject} ${file} is ${size.toLocaleString('en-US')} bytes; a ${subject} is limited to ${max.toLocaleString('en-US')} bytes (${limit})`,
    location: { file, line: 1, col: 1 },
    hint,
  };
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 (a BOM is dropped); invalid bytes are a problem at their line and column. */
export function decodeUtf8(bytes: Uint8Array, file: string, prefix: Prefix): { readonly text: string } | { readonly problem: Problem } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const col = [...new TextDecoder().decode(bytes.subarray(lineStart, bad))].length + 1;
    return {
      problem: {
        code: `${prefix}_INVALID_UTF8`,
        message: `the file is not valid UTF-8: byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad} does not start or continue a UTF-8 character`,
        location: { file, line, col },
        hint: 'Save the file as UTF-8 (names would otherwise be read with replacement characters, not as written).',
      },
    };
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    if (i + len > b.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < len; k++) {
      const x = b[i + k] as number;
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return i;
    }
    i += len;
  }
  return b.length;
}
