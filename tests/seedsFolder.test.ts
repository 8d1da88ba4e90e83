/** Issue #11, the seeds folder: bad metadata, encodings and sizes cost only themselves (rows 1, 2, 11, 12, 13). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { decodeArticle, loadArticles } from '../src/ingest/loadArticles.ts';
import { AnswerEngine } from '../src/answer/answerEngine.ts';
import { toJsonReply } from '../src/render/replyJson.ts';
import { renderText } from '../src/render/renderText.ts';
import { seedsFolder } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
const STORY =
  'Daily Planet\n\nBridge opens in Metropolis\n\nMETROPOLIS, Jan 6 (Reuters) - The mayor, Ann Lee, opened the new bridge on Monday after six years of work.\n\nThousands walked across it in the first hour.\n';

describe('#1 a bad sources.json entry is ignored with a warning; the article is served', () => {
  it.each([
    [{ 'a.txt': null }, /sources\.json: ignored "a\.txt": expected an object.*not null/],
    [{ 'a.txt': { title: 5 } }, /sources\.json: ignored "a\.txt" → "title": must be a non-empty string, not number 5/],
    [{ 'a.txt': { date: 20190425 } }, /sources\.json: ignored "a\.txt" → "date": must be a date as YYYY-MM-DD or null, not number 20190425/],
    [{ 'a.txt': { date: 'not a date' } }, /"date": must be a date as YYYY-MM-DD or null, not "not a date"/],
    [{ 'a.txt': { date: '2019-02-30' } }, /"date": must be a date/],
    [{ 'a.txt': { publisher: ['x'] } }, /"publisher": must be a non-empty string or null, not an array/],
    [{ 'a.txt': { colour: 'blue' } }, /"colour": unknown field/],
    [{ 'b.txt': {} }, /ignored "b\.txt": no such \.txt file/],
  ])('%j', async (sources, warning) => {
    const dir = await seedsFolder({ 'a.txt': STORY, 'sources.json': JSON.stringify(sources) });
    const { articles, warnings } = await loadArticles(dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(articles[0]).toMatchObject({ source: 'a.txt', title: 'Bridge opens in Metropolis', publisher: 'Daily Planet' });
    expect(new AnswerEngine(articles).ask('Who opened the new bridge?', null).answer).toMatch(/Ann Lee/);
  });

  it('keeps the good fields of an entry with a bad one', async () => {
    const dir = await seedsFolder({
      'a.txt': STORY,
      'sources.json': JSON.stringify({ 'a.txt': { title: 'Given title', date: 'soon', url: 'https://example.org/a' } }),
    });
    const { articles, warnings } = await loadArticles(dir);
    expect(warnings).toEqual([expect.stringMatching(/"date"/)]);
    expect(articles[0]).toMatchObject({ title: 'Given title', url: 'https://example.org/a' });
    expect(articles[0]!.date).not.toBe('soon');
  });
});

describe('#2 a bad date in sources.json does not stop a batch', () => {
  it('three questions piped to ask --json get three answers, exit 0, and a warning naming sources.json', async () => {
    const dir = await seedsFolder({ 'a.txt': STORY, 'sources.json': JSON.stringify({ 'a.txt': { date: 'not a date' } }) });
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src/cli/ask.ts'), '--json', '--seeds', dir], {
      input: 'When did the mayor open the bridge?\nWho opened the new bridge?\nWhen was the bridge opened?\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { answer?: string; error?: string });
    expect(out).toHaveLength(3);
    expect(out.every((o) => o.error === undefined)).toBe(true);
    expect(out[1]!.answer).toMatch(/Ann Lee/);
    expect(r.stderr).toMatch(/sources\.json: ignored "a\.txt" → "date"/);
  });
});

describe('#11 #12 encodings', () => {
  const text = 'Kim “arrived” in Vladivostok — by train’s end.\n\nPutin met him there.';

  it('UTF-16 LE and BE with a BOM, and UTF-8 with a BOM, are read', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const dir = await seedsFolder({
      'le.txt': le,
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'bom8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    });
    const { articles, warnings } = await loadArticles(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.source)).toEqual(['be.txt', 'bom8.txt', 'le.txt']);
    for (const a of articles) expect(a.passages.map((p) => p.text).join('\n')).toContain('Putin met him there.');
    for (const a of articles) expect(a.title).toBe('Kim “arrived” in Vladivostok — by train’s end.');
  });

  it('Windows-1252 curly quotes, apostrophes and dashes are decoded', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Kim '),
      0x93,
      ...Buffer.from('arrived'),
      0x94,
      0x20,
      0x97,
      0x20,
      ...Buffer.from('train'),
      0x92,
      ...Buffer.from('s end.'),
    ]);
    expect(decodeArticle(bytes)).toBe('Kim “arrived” — train’s end.');
  });

  it('a real binary is still skipped', async () => {
    const dir = await seedsFolder({ 'a.txt': STORY, 'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
    expect((await loadArticles(dir)).warnings).toEqual(['skipped b.txt: binary, not text']);
  });
});

describe('#13 sizes', () => {
  it('an article over the cap is read up to it, with a warning, ending at a whole line', async () => {
    const paragraph = 'The mayor spoke about the bridge again at length. ';
    const big = `${STORY}\n${Array.from({ length: 2000 }, (_, i) => `${i} ${paragraph.repeat(3)}`).join('\n\n')}\n`;
    const dir = await seedsFolder({ 'a.txt': big, 'b.txt': `Other “news”\n\n${'Café owners said the bridge is good. '.repeat(100)}\n` });
    const { articles, warnings } = await loadArticles(dir, { maxArticleBytes: 64 * 1024 });
    expect(warnings).toEqual([expect.stringMatching(/^a\.txt is .* over the 64 KB cap: only its first 64 KB were read \(ARTICLE_MAX_BYTES sets the cap\)$/)]);
    const text = articles[0]!.passages.map((p) => p.text).join('\n\n');
    expect(text.length).toBeLessThanOrEqual(64 * 1024);
    expect(text.length).toBeGreaterThan(60 * 1024);
    expect(articles[0]!.passages.at(-1)!.text).toMatch(/length\.$/);
  });

  it('a cut inside a multi-byte character is not taken for Windows-1252', () => {
    const bytes = Buffer.from(`Kim “arrived” ${'é'.repeat(100)}`);
    expect(decodeArticle(bytes.subarray(0, bytes.length - 1), true)).toBe(`Kim “arrived” ${'é'.repeat(99)}`);
  });

  it('a passage over the length cap is cut at a sentence in the JSON, flagged truncated', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the mayor opened the bridge.`).join(' ');
    const dir = await seedsFolder({ 'a.txt': `Bridge\n\n${long}\n` });
    const engine = new AnswerEngine((await loadArticles(dir)).articles);
    const reply = toJsonReply(engine.ask('Who opened the bridge?', null));
    const passage = reply.passages[0]!;
    expect(passage.truncated).toBe(true);
    expect(passage.text.length).toBeLessThan(long.length);
    expect(passage.text).toMatch(/bridge\.…$/);
    expect(Object.keys(passage)).toEqual(['source', 'title', 'publisher', 'date', 'paragraph', 'text', 'score', 'agency', 'authors', 'truncated']);
    expect(renderText(engine.ask('Who opened the bridge?', null))).toContain(`"${passage.text}"`);
  });
});

describe('what is not a regular file', () => {
  it('a FIFO named .txt is skipped instead of blocking start-up; a sources.json folder is named', async () => {
    const dir = await seedsFolder({ 'a.txt': STORY });
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    await mkdir(path.join(dir, 'sources.json'));
    const { articles, warnings } = await loadArticles(dir);
    expect(articles.map((a) => a.source)).toEqual(['a.txt']);
    if (fifo.status === 0) expect(warnings).toContain('skipped pipe.txt: not a regular file');
    expect(warnings).toContain('ignored sources.json: unreadable (EISDIR)');
  });
});

describe('sources.json agency and authors', () => {
  it('are checked like the other fields', async () => {
    const dir = await seedsFolder({ 'a.txt': STORY, 'sources.json': JSON.stringify({ 'a.txt': { agency: 'AFP', authors: ['Ann Writer', 7] } }) });
    const { articles, warnings } = await loadArticles(dir);
    expect(warnings).toEqual([expect.stringMatching(/"authors": must be a list of names, not an array/)]);
    expect(articles[0]!.agency).toBe('AFP');
  });
});
