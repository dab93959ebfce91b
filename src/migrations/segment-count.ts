/**
 * How many parallel-scan segments a migration shared by workers is split into, from the table's
 * size: AWS's starting ratio of one segment per 2 GB ("Choosing TotalSegments",
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-query-scan.html), at least
 * 16 so that a handful of workers on a small table each get several segments to share, at most
 * the 1,000,000 the Scan API accepts (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan).
 */
export const BYTES_PER_SEGMENT = 2 * 1024 ** 3;
export const MIN_SEGMENTS = 16;
export const MAX_SEGMENTS = 1_000_000;

/** The segment count for a table of `tableSizeBytes` (DescribeTable's TableSizeBytes). */
export function segmentsForSize(tableSizeBytes: number): number {
  const bySize = Math.ceil(Math.max(0, tableSizeBytes) / BYTES_PER_SEGMENT);
  return Math.min(MAX_SEGMENTS, Math.max(MIN_SEGMENTS, bySize));
}
