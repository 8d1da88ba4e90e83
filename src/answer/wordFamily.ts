/** Whether a sentence's word is one of the question's: the same index term, or one derived from the other. */

/** Same term, or one a derivation of the other (`direct` / `director`). */
export function sameWordFamily(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** Whether a term (null for a stop word) is one of the question's, or of the same family as one. */
export function matchesQuestion(term: string | null, questionTerms: ReadonlySet<string>): boolean {
  if (!term) return false;
  if (questionTerms.has(term)) return true;
  for (const q of questionTerms) if (sameWordFamily(term, q)) return true;
  return false;
}
