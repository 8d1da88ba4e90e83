/**
 * How a block of a page reads: how many words it has, whether it ends as a sentence does, whether it is set as a
 * headline or a teaser. The ingest rules that tell a story's paragraphs from a page's furniture (links, labels,
 * captions, menus) read these, each with the length it needs.
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

/** Story text rather than a link or a label: a sentence that ends as one. */
export function looksLikeStorySentence(block: string): boolean {
  return isProse(block, 10);
}

/**
 * `The Battery Boom Came to Small Towns. Then It Asked for Their Water.`: a line of a few words nearly all
 * capitalised is another story's headline in a list of links, not the story resuming.
 */
export function isTitleCased(block: string): boolean {
  const words = block.split(/\s+/).filter((w) => /^[\p{L}'’-]{4,}/u.test(w));
  return !block.includes('\n') && block.split(/\s+/).length <= 20 && words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

/** A one-line question of fifteen words at most: in a list of links, a teaser's headline, not the story resuming. */
export function isTeaserQuestion(block: string): boolean {
  if (block.includes('\n') || block.split(/\s+/).length > 15) return false;
  // `... could be overpaying for insurance. Here's how to check.`: a teaser promising what the link tells.
  return /\?["”’]?$/.test(block) || /\bhere['’]s (?:how|what|why|where|when|who)\b[^.!?]{0,40}[.!]?$/i.test(block);
}
