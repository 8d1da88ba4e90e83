/**
 * `npm run ingest -- [--json] [DIR]`: every article in the folder as the bot reads it (metadata and where it
 * came from, numbered paragraphs under their headings, dropped lines and why). The first thing to run when
 * an answer cites the wrong thing.
 */
import { loadArticles } from '../ingest/loadArticles.ts';
import { renderArticleReport, toArticleReport } from '../ingest/articleReport.ts';
import { resolveSeedsDir } from '../loadEngine.ts';
import { parseCommandLine, runCommand, UsageError } from './runCommand.ts';

const USAGE = `usage: npm run ingest -- [--json] [DIR]
  prints each article in DIR (default: SEEDS_DIR or seeds/) as the bot reads it; --json: a JSON array`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } });
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) throw new UsageError('one folder at a time');
  const { articles, warnings } = await loadArticles(resolveSeedsDir(parsed.positionals[0]));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  if (parsed.values.json) process.stdout.write(`${JSON.stringify(articles.map(toArticleReport), null, 2)}\n`);
  else process.stdout.write(`${articles.map(renderArticleReport).join('\n\n')}\n`);
  return 0;
}

runCommand('ingest', USAGE, main);
