/**
 * `npm run bank:split`: gives every bank question without a `split` its part, once. Questions that have one
 * keep it, so the split is made once and committed. The rule:
 * - whole corpora held back (`HELD_OUT_CORPORA`): every question is `test`, so one event's articles and
 *   wording are never seen while tuning;
 * - whole corpora for tuning (`TRAIN_CORPORA`): every question is `train`, so what real pages break can be
 *   studied on them while a corpus of the same kind (event-c) stays held back;
 * - SQuAD: whole articles held back (`HELD_OUT_GROUPS`), the other articles `train`;
 * - the shared dev set is `train` (it was tuned on long ago);
 * - elsewhere, by question: a hash of the id puts about 30% in `test`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { readBankFile, readCorpora, stableHash, type Split } from '../src/evaluate/questionBank.ts';

const HELD_OUT_CORPORA = new Set(['event-b', 'event-c', 'event-f', 'encyclopedia', 'fresh-seeds', 'fresh-event-d', 'fresh-event-e']);
const TRAIN_CORPORA = new Set(['event-d', 'event-e', 'reference']);
const HELD_OUT_GROUPS = new Set(['Normans']);
const TEST_SHARE = 0.3;

const corpora = await readCorpora();
for (const corpus of corpora) {
  for (const file of corpus.questions) {
    const full = path.join(PROJECT_ROOT, file);
    const bank = await readBankFile(full);
    let assigned = 0;
    for (const q of bank) {
      if (q.split) continue;
      let split: Split;
      if (HELD_OUT_CORPORA.has(corpus.name)) split = 'test';
      else if (TRAIN_CORPORA.has(corpus.name)) split = 'train';
      else if (q.group !== undefined) split = HELD_OUT_GROUPS.has(q.group) ? 'test' : 'train';
      else if (path.basename(file) === 'dev.jsonl') split = 'train';
      else split = stableHash(q.id) % 1000 < TEST_SHARE * 1000 ? 'test' : 'train';
      q.split = split;
      assigned += 1;
    }
    // A file with nothing newly assigned is left as written (its own JSON spacing), so a run changes only new questions' files.
    if (assigned > 0) await writeFile(full, `${bank.map((q) => JSON.stringify(q)).join('\n')}\n`);
    const test = bank.filter((q) => q.split === 'test').length;
    process.stdout.write(`${file}: ${bank.length} questions, ${test} test, ${assigned} newly assigned\n`);
  }
}
