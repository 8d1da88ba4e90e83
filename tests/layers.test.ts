/**
 * The layers only point down: a module may import from its own folder or a layer below it, never above
 * (`cli`, `discord`, `commands` above `evaluate` above `loadEngine` above `render` / `snapshot` above
 * `answer` above `search` above `ingest` above `shared`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Higher numbers sit higher; a file may import only from its own folder or a lower number. */
const LAYERS: Record<string, number> = {
  'src/shared': 0,
  'src/projectRoot.ts': 0,
  'src/ingest': 1,
  'src/search': 2,
  'src/answer': 3,
  'src/render': 4,
  'src/snapshot': 4,
  'src/loadEngine.ts': 5,
  'src/evaluate': 6,
  'src/cli': 7,
  'src/discord': 7,
  commands: 7,
};

function layerOf(file: string): string | undefined {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return Object.keys(LAYERS).find((key) => rel === key || rel.startsWith(`${key}/`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

/** Every relative import of every file under `src/` and `commands/`, with the layer of each side. */
const edges = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'commands'))].flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)].map((m) => ({
    file: path.relative(ROOT, file),
    target: path.relative(ROOT, path.resolve(path.dirname(file), m[1] ?? m[2] ?? '')),
    from: layerOf(file),
    to: layerOf(path.resolve(path.dirname(file), m[1] ?? m[2] ?? '')),
  }));
});

describe('layers', () => {
  it('places every source file in a layer', () => {
    expect(edges.filter((e) => e.from === undefined || e.to === undefined)).toEqual([]);
  });

  it('never imports from a layer above', () => {
    const upward = edges.filter((e) => e.from !== e.to && LAYERS[e.to ?? '']! > LAYERS[e.from ?? '']!).map((e) => `${e.file} -> ${e.target}`);
    expect(upward).toEqual([]);
  });

  it('keeps the core free of discord.js and the fake Discord out of src/', () => {
    const offenders = sourceFiles(path.join(ROOT, 'src'))
      .filter((file) => !layerOf(file)?.match(/^src\/(?:discord|cli)$/))
      .filter((file) => /from\s+'(?:discord\.js|@discordjs\/[^']+|discord-api-types[^']*)'/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
