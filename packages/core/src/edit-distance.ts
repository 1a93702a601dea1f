/**
 * Levenshtein distance between two strings: the fewest single-character insertions,
 * deletions and substitutions that turn `a` into `b`. Case-sensitive; lower-case both
 * sides first for a case-insensitive distance.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution),
      );
    }
    previous = current;
  }
  return previous[b.length] as number; // the row has b.length + 1 cells
}

/**
 * The candidate a mistyped `name` most likely meant, for a "did you mean" hint: the closest
 * by case-insensitive edit distance within about a third of the name's length (at least 2),
 * or one the name is the start of (`limit` for `limitUsd`). `undefined` when none is close.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const typed = name.toLowerCase();
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const prefix = typed.length >= 3 && lower.startsWith(typed);
    const distance = Math.min(editDistance(typed, lower), prefix ? 1 : Number.POSITIVE_INFINITY);
    if (distance <= allowed && (best === undefined || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
