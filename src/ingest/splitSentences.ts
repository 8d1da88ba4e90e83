/** Sentence boundaries inside a cleaned paragraph, as character ranges so a sentence is always a verbatim slice. */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'jr', 'sr',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?…]+["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    // "Mr Kim", "U.S. officials", "J. Smith": a full stop that ends an abbreviation or an initial is not a boundary.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^[A-Z]$/.test(lastWord) || /\b[A-Z]\.[A-Z]$/.test(before))) continue;
    const end = m.index + m[0].trimEnd().length;
    pushSpan(spans, paragraph, start, end);
    start = m.index + m[0].length;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

/**
 * The longest span taken as one sentence. A run-on text with no full stops (a transcript, a pasted table) is
 * cut at the last space before this many characters, so no "sentence" costs the tagger a whole paragraph.
 */
const MAX_SENTENCE_CHARS = 1000;

function pushSpan(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  const text = paragraph.slice(start, end).trim();
  if (!text) return;
  const offset = paragraph.indexOf(text, start);
  if (text.length <= MAX_SENTENCE_CHARS) {
    spans.push({ start: offset, end: offset + text.length, text });
    return;
  }
  const cut = text.lastIndexOf(' ', MAX_SENTENCE_CHARS);
  const at = cut > 0 ? cut : MAX_SENTENCE_CHARS;
  pushSpan(spans, paragraph, offset, offset + at);
  pushSpan(spans, paragraph, offset + at, offset + text.length);
}
