/** "Did you mean …?" for unknown fields and misspelt values. */

/** Edit distance (insert, delete, substitute), case-insensitive. */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/**
 * The known name closest to `input`, or null when none is plausibly meant. A name counts as close
 * when the edits are at most half of the longer name (so `globalIndexes` finds
 * `globalSecondaryIndexes`) or when one is an abbreviation of the other (all letters in order).
 */
export function closestName(input: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = levenshtein(input, k);
    const plausible = d <= Math.max(input.length, k.length) / 2 || isSubsequence(input, k) || isSubsequence(k, input);
    if (plausible && d < bestScore && input.length > 0) {
      best = k;
      bestScore = d;
    }
  }
  return best;
}

function isSubsequence(short: string, long: string): boolean {
  if (short.length < 2) return false;
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let i = 0;
  for (const ch of l) if (ch === s[i]) i++;
  return i === s.length;
}
