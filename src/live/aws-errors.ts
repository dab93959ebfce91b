/** Classifying SDK errors: by name first, then HTTP status and message for engines that differ. */

/** The exception name (`ResourceNotFoundException`, ...) of an SDK error, or '' for anything else. */
export function errorName(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && typeof (e as { name: unknown }).name === 'string') {
    return (e as { name: string }).name;
  }
  return '';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function httpStatus(e: unknown): number | undefined {
  const meta = (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata;
  return meta?.httpStatusCode;
}

export function isNotFound(e: unknown): boolean {
  return errorName(e) === 'ResourceNotFoundException';
}

const UNSUPPORTED_NAMES = new Set(['UnknownOperationException', 'NotImplementedException', 'NotImplemented', 'UnsupportedOperationException', 'InvalidAction']);

/**
 * The endpoint does not implement the operation: DynamoDB Local answers `UnknownOperationException`
 * for PITR and tags, and `InvalidAction` ("The action or operation requested is invalid") for
 * another service's operation (Application Auto Scaling's, measured 2026-12-03); other engines
 * answer 501 or a 400 saying "not supported". A
 * `ValidationException` is never taken for this: it is about the request, not the endpoint.
 */
export function isUnsupportedOperation(e: unknown): boolean {
  const name = errorName(e);
  if (UNSUPPORTED_NAMES.has(name)) return true;
  const status = httpStatus(e);
  if (status === 501) return true;
  if (status === 400 && name !== 'ValidationException' && /not (currently )?(supported|implemented)|unknown operation/i.test(errorMessage(e))) {
    return true;
  }
  return false;
}

/** "Only 1 online index can be created or deleted simultaneously", control-plane concurrency. */
export function isLimitExceeded(e: unknown): boolean {
  return errorName(e) === 'LimitExceededException';
}

/** The table (or an index) is busy: CREATING / UPDATING / DELETING. */
export function isResourceInUse(e: unknown): boolean {
  return errorName(e) === 'ResourceInUseException';
}
