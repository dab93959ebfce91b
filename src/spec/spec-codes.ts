/**
 * Stable problem codes (documented in docs/spec-reference.md) and the mapping from a failing
 * schema field to its domain code, so `read: 0` is a SPEC_CAPACITY problem, not a generic one.
 */
import type { PathSegment } from './yaml-source.js';

const CAPACITY_FIELDS = new Set(['read', 'write', 'maxRead', 'maxWrite']);
const VALUE_KEYWORDS = new Set(['type', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'maxProperties', 'propertyNames']);
const INDEX_LISTS = new Set(['globalSecondaryIndexes', 'localSecondaryIndexes']);

/** Domain code for a schema error on a table file field (environment prefix already stripped). */
export function tableDomainCode(path: readonly PathSegment[], keyword: string): string | null {
  if (!VALUE_KEYWORDS.has(keyword)) return null;
  const last = path[path.length - 1];
  const first = path[0];
  if (first === 'tags') {
    if (keyword === 'maxProperties') return 'SPEC_TAG_LIMIT';
    if (keyword === 'propertyNames') return 'SPEC_TAG_KEY';
    return path.length === 2 ? 'SPEC_TAG_VALUE' : 'SPEC_TAG';
  }
  if (typeof last === 'string' && CAPACITY_FIELDS.has(last)) return 'SPEC_CAPACITY';
  if (path.length === 1 && last === 'table') return 'SPEC_NAME';
  if (path.length === 3 && INDEX_LISTS.has(String(first)) && last === 'name') return 'SPEC_NAME';
  if (first === 'ttl' && last === 'attribute') return 'SPEC_TTL_NAME';
  if (last === 'name' || path.includes('include')) return 'SPEC_ATTRIBUTE_NAME';
  return null;
}

/** Every code `validate` can report, with what it means (the README's table). */
export const PROBLEM_CODES: Readonly<Record<string, string>> = {
  SPEC_YAML_SYNTAX: 'The file is not valid YAML, or holds more than one document (one table per file).',
  SPEC_DUPLICATE_KEY: 'A key appears twice in one mapping.',
  SPEC_EMPTY_FILE: 'The table file is empty or not a mapping.',
  SPEC_UNKNOWN_FIELD: 'A field the format does not have; the hint names the closest known one.',
  SPEC_REQUIRED: 'A required field is missing (the location is the mapping that lacks it).',
  SPEC_TYPE: 'A value of the wrong kind (e.g. a list where a mapping belongs).',
  SPEC_ENUM: 'A value outside the allowed set (e.g. billing mode, key type, stream view).',
  SPEC_VALUE: 'A value out of range or of the wrong form.',
  SPEC_NAME: 'A table or index name that is not 3-255 characters of A-Z a-z 0-9 _ . -',
  SPEC_ATTRIBUTE_NAME: 'An attribute name that is empty, or longer than 255 characters or 255 bytes of UTF-8 (as DynamoDB counts it).',
  SPEC_CAPACITY: 'Capacity that is not a finite, positive whole number of at most 2^53 - 1, or an index read without write.',
  SPEC_CAPACITY_QUOTA: 'Warning: capacity above the default quota of 40,000 units per table or index (adjustable with AWS).',
  SPEC_BILLING_CAPACITY: 'Capacity that does not fit the billing mode (read/write on on-demand, maxRead on provisioned, ...).',
  SPEC_KEY_TYPE_CONFLICT: 'One attribute used as a key with two different types.',
  SPEC_DUPLICATE_INDEX: 'Two indexes (global or local) with the same name.',
  SPEC_TOO_MANY_GSI: 'More than 20 global secondary indexes (the default quota).',
  SPEC_TOO_MANY_LSI: 'More than 5 local secondary indexes.',
  SPEC_LSI_NEEDS_SORT_KEY: 'A local secondary index on a table without a sort key.',
  SPEC_LSI_PARTITION_KEY: "A local secondary index whose partition key is not the table's.",
  SPEC_INCLUDE_EMPTY: 'An include projection with no attributes.',
  SPEC_INCLUDE_LIMIT: 'More than 100 included attributes over all indexes.',
  SPEC_TAG: 'A tag that breaks the tag rules.',
  SPEC_TAG_LIMIT: 'More than 50 tags.',
  SPEC_TAG_KEY: "A tag key that is empty, longer than 128 characters, has characters not allowed, or starts with 'aws:'.",
  SPEC_TAG_VALUE: 'A tag value that is not a string of at most 256 allowed characters.',
  SPEC_TTL_NAME: 'A TTL attribute name that is not 1-255 characters, or over 255 bytes of UTF-8.',
  SPEC_DUPLICATE_TABLE: 'Two files declare the same table.',
  SPEC_FILE_NAME_MISMATCH: 'Warning: the file name is not <table>.yaml.',
  SPEC_UNKNOWN_ENV: 'Warning: an environment override names an environment ddb-migrate.yaml does not define.',
  SPEC_NO_TABLES_DIR: 'Warning: there is no tables/ directory.',
  SPEC_IGNORED_FILE: 'Warning: a file in tables/ that is not .yaml or .yml, so not read.',
  SPEC_YAML_TAG: 'A YAML tag the format does not define (!!omap, !!set, !!binary, !custom, ...).',
  SPEC_INVALID_UTF8: 'The file is not valid UTF-8 (located at the first bad byte).',
  SPEC_FILE_TOO_LARGE: 'A table file over 1 MiB.',
  SPEC_PROJECT_DIR_NOT_FOUND: 'The project directory (--dir) does not exist.',
  SPEC_PROJECT_DIR_NOT_A_DIRECTORY: 'The project directory (--dir) is a file.',
  SPEC_PROJECT_DIR_UNREADABLE: 'The project directory cannot be read (permission denied).',
  SPEC_TABLES_DIR_NOT_A_DIRECTORY: 'tables/ is a file, not a directory.',
  SPEC_TABLES_DIR_UNREADABLE: 'tables/ cannot be read (permission denied).',
  SPEC_TABLES_DIR_SYMLINK_LOOP: 'tables/ is a symbolic link that loops.',
  SPEC_SYMLINK_LOOP: 'A table file is a symbolic link that loops.',
  SPEC_SYMLINK_BROKEN: 'A table file is a symbolic link to nothing.',
  SPEC_NOT_A_FILE: 'A <name>.yaml in tables/ that is a directory.',
  SPEC_UNREADABLE: 'A table file cannot be read (permission denied).',
  SPEC_READ_FAILED: 'A table file could not be read for another reason.',
  CONFIG_YAML_SYNTAX: 'ddb-migrate.yaml is not valid YAML.',
  CONFIG_DUPLICATE_KEY: 'A key appears twice in ddb-migrate.yaml.',
  CONFIG_UNKNOWN_FIELD: 'A field ddb-migrate.yaml does not have; the hint names the closest known one.',
  CONFIG_TYPE: 'A value of the wrong kind in ddb-migrate.yaml.',
  CONFIG_ENUM: 'A value outside the allowed set in ddb-migrate.yaml.',
  CONFIG_VALUE: 'A value of the wrong form in ddb-migrate.yaml (e.g. an endpoint that is not http(s)://).',
  CONFIG_UNKNOWN_ENV: 'An environment (from --env or default:) that ddb-migrate.yaml does not define.',
  CONFIG_TARGET_CONFLICT: 'Target flags that cannot be combined (e.g. --local with --env).',
  CONFIG_YAML_TAG: 'A YAML tag the format does not define, in ddb-migrate.yaml.',
  CONFIG_INVALID_UTF8: 'ddb-migrate.yaml is not valid UTF-8.',
  CONFIG_UNREADABLE: 'ddb-migrate.yaml cannot be read (permission denied).',
  CONFIG_SYMLINK_LOOP: 'ddb-migrate.yaml is a symbolic link that loops.',
  CONFIG_NOT_A_FILE: 'ddb-migrate.yaml is a directory.',
  CONFIG_READ_FAILED: 'ddb-migrate.yaml could not be read.',
};
