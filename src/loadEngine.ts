/** Start-up: read the seeds folder once and build the engine every front end shares. */
import path from 'node:path';
import { PROJECT_ROOT } from './projectRoot.ts';
import { loadArticles } from './ingest/loadArticles.ts';
import { AnswerEngine } from './answer/answerEngine.ts';

/** The project's `seeds/`, whatever the working directory. */
export const DEFAULT_SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export interface LoadedEngine {
  engine: AnswerEngine;
  warnings: string[];
  seedsDir: string;
}

/** Folder precedence: an explicit argument, then `SEEDS_DIR`, then the project's `seeds/`. */
export function resolveSeedsDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(explicit || env['SEEDS_DIR'] || DEFAULT_SEEDS_DIR);
}

export async function loadEngine(seedsDir: string): Promise<LoadedEngine> {
  const { articles, warnings } = await loadArticles(seedsDir);
  return { engine: new AnswerEngine(articles), warnings, seedsDir };
}
