/**
 * `npm run bank:squad -- [SQUAD.json]`: turns SQuAD 2.0 articles into article files and bank questions, as
 * `../shared/eval/README.md` describes: one file per article (title line, blank line, paragraphs separated by
 * blank lines) in `tests/fixtures/squad/`, and one question line per SQuAD question in `tests/bank/squad.jsonl`
 * (`answers` = `evidence` = the gold spans; `is_impossible` → `abstain: true`). Splits already assigned to
 * questions of the same id are kept, so the split made once stays put.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { readBankFile, type BankQuestion } from '../src/evaluate/questionBank.ts';

interface SquadFile {
  data: Array<{
    title: string;
    paragraphs: Array<{
      context: string;
      qas: Array<{ id: string; question: string; is_impossible: boolean; answers: Array<{ text: string }>; plausible_answers?: Array<{ text: string }> }>;
    }>;
  }>;
}

/** The intent a question's wording shows, for per-type figures only (the engine never sees it). */
function intentOf(question: string): string {
  const q = question.toLowerCase();
  const wh = /\b(who|whom|whose|when|where|why|how)\b/.exec(q);
  if (/^\s*(?:in |on |during )?(?:what|which) (?:year|century|decade|date|day|month|period|time)\b/.test(q)) return 'when';
  if (/^\s*(?:in |at )?(?:what|which) (?:country|city|region|place|area|town|island)\b/.test(q)) return 'where';
  return wh ? (wh[1] === 'whom' || wh[1] === 'whose' ? 'who' : wh[1]!) : 'what';
}

const source = process.argv[2] ?? path.join(PROJECT_ROOT, '..', 'shared', 'eval', 'squad', 'squad2-dev-2-articles.json');
const squad = JSON.parse(await readFile(source, 'utf8')) as SquadFile;
const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'squad');
const bankFile = path.join(PROJECT_ROOT, 'tests', 'bank', 'squad.jsonl');
const previous = new Map((await readBankFile(bankFile).catch(() => [] as BankQuestion[])).map((q) => [q.id, q.split]));
await mkdir(fixtures, { recursive: true });
const lines: string[] = [];
for (const article of squad.data) {
  const file = `${article.title.toLowerCase().replace(/[^a-z0-9]+/g, '_')}.txt`;
  const title = article.title.replace(/_/g, ' ');
  await writeFile(path.join(fixtures, file), `${title}\n\n${article.paragraphs.map((p) => p.context.trim()).join('\n\n')}\n`);
  for (const p of article.paragraphs) {
    for (const qa of p.qas) {
      const gold = [...new Set(qa.answers.map((a) => a.text.trim()))];
      const q: BankQuestion = {
        id: `squad-${qa.id}`,
        type: null,
        intent: intentOf(qa.question),
        question: qa.question.trim(),
        answers: qa.is_impossible ? [] : gold,
        evidence: qa.is_impossible ? [] : gold,
        ...(qa.is_impossible ? { abstain: true } : {}),
        group: article.title,
        split: previous.get(`squad-${qa.id}`) ?? null,
      };
      lines.push(JSON.stringify(q));
    }
  }
}
await writeFile(bankFile, `${lines.join('\n')}\n`);
process.stdout.write(
  `${squad.data.length} articles to ${path.relative(PROJECT_ROOT, fixtures)}, ${lines.length} questions to ${path.relative(PROJECT_ROOT, bankFile)}\n`,
);
