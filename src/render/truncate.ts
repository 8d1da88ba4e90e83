/** Cutting text to a limit: at a sentence or word boundary with an ellipsis, never inside a surrogate pair. */

/** The first `end` UTF-16 units, one fewer when the cut would split a surrogate pair (Discord rejects half an emoji). */
export function sliceWhole(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, end > 0 && code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** Cuts at a sentence or word boundary and adds an ellipsis; never mid-word, never inside a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = sliceWhole(text, Math.max(0, max - 1));
  const sentence = room.search(/[.!?]["”’)]?\s[^.!?]*$/);
  if (sentence > room.length * 0.6) return `${room.slice(0, sentence + 1).trimEnd()}…`;
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,;:]+$/, '')}…`;
}

/** A passage shown in a terminal or JSON reply: a 2 MB paragraph is not quoted whole in every reply. */
export const PASSAGE_MAX_LENGTH = 1500;

/** The passage within `max` characters, cut at a sentence or word with "…" (`truncated` says whether it was). */
export function capPassage(text: string, max = PASSAGE_MAX_LENGTH): { text: string; truncated: boolean } {
  return text.length <= max ? { text, truncated: false } : { text: truncateText(text, max), truncated: true };
}
