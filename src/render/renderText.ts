/** A reply drawn as plain text for a terminal: the answer, then each quoted passage with its citation. */
import type { Reply } from '../answer/reply.ts';
import { citationLabel, noAnswerText } from './citation.ts';
import { capPassage } from './truncate.ts';

/** A reply as terminal text: the answer, the quoted passages and their citations. */
export function renderText(reply: Reply): string {
  const lines: string[] = [];
  if (reply.question) lines.push(`Q (${reply.type}): ${reply.question}`);
  else lines.push(`Q: /summit ${reply.type}`);
  if (reply.passages.length === 0) {
    lines.push(noAnswerText());
    return printable(lines.join('\n'));
  }
  lines.push(reply.answer ? `Answer: ${reply.answer}` : noShortAnswerText());
  if (reply.alternatives.length > 1) {
    lines.push('The articles differ:');
    for (const alt of reply.alternatives) lines.push(`  - ${alt.text}${alt.resolvedDate ? ` (${alt.resolvedDate})` : ''}: ${alt.sources.join(', ')}`);
  }
  reply.passages.forEach((p, i) => {
    lines.push('', `[${i + 1}] "${capPassage(p.passage.text).text}"`, `    — ${citationLabel(p.article, p.passage.paragraph)}`);
  });
  lines.push('', agreementLine(reply));
  return printable(lines.join('\n'));
}

/** Control characters (a terminal escape such as ESC[2J in an article) are shown as �, never obeyed. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** Said in words when passages were found but none gives a short answer of the asked type. */
export function noShortAnswerText(): string {
  return 'No short answer: the articles do not say this plainly. The passages closest to the question follow.';
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 reports agree on this answer. Quoted from 3 news reports.` */
export function agreementLine(reply: Reply): string {
  const reports = new Set(reply.passages.map((p) => p.article.source)).size;
  const agree = reply.answer ? `${plural(reply.agreeingSources, 'report')} ${reply.agreeingSources === 1 ? 'gives' : 'agree on'} this answer. ` : '';
  return `${agree}Quoted from ${plural(reports, 'news report')}.`;
}
