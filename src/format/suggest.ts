/** Levenshtein distance; small inputs only (headers, sheet names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidate a misspelled name most likely meant, compared on normalized keys;
 * null when nothing is close (at most a third of the letters differ).
 */
export function suggest(found: string, candidates: readonly { key: string; label: string }[]): string | null {
  let best: { label: string; d: number } | null = null;
  for (const c of candidates) {
    // The distance is at least the length difference: skip hopeless (and huge) names cheaply.
    if (Math.abs(found.length - c.key.length) > Math.max(1, Math.floor(c.key.length / 3))) continue;
    const d = editDistance(found, c.key);
    if (d <= Math.max(1, Math.floor(c.key.length / 3)) && (!best || d < best.d)) best = { label: c.label, d };
  }
  return best?.label ?? null;
}
