/**
 * How a block of a page reads: how many words it has and whether it ends as a sentence does. The ingest rules
 * that tell a story's paragraphs from a page's furniture (links, labels, captions, menus) read these, each with
 * the length it needs.
 */

/** The words of a text (runs of non-space). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The text ends as a sentence: on a full stop, `!` or `?`, a closing quote or bracket after it allowed. */
export function endsSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text.trimEnd());
}

/** Prose: a sentence of at least `minWords` words (a link, label or menu is shorter, or ends on no full stop). */
export function isProse(text: string, minWords: number): boolean {
  return wordCount(text) >= minWords && endsSentence(text);
}
