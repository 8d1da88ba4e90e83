/** Shared test fixtures: the engine over the real seeds (built once per file) and temporary seeds folders. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEEDS_DIR, loadEngine } from '../src/loadEngine.ts';
import type { AnswerEngine } from '../src/answer/answerEngine.ts';

let shared: Promise<AnswerEngine> | undefined;

/** The engine over the real seed articles, built once per test file. */
export function seedEngine(): Promise<AnswerEngine> {
  shared ??= loadEngine(DEFAULT_SEEDS_DIR).then((l) => l.engine);
  return shared;
}

/** A temporary seeds folder holding the given files. */
export async function seedsFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-seeds-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}
