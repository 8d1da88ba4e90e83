import { describe, expect, it } from 'vitest';
import { loadArticles, SeedsError } from '../src/ingest/loadArticles.ts';
import { cleanArticle, splitBlocks } from '../src/ingest/cleanArticle.ts';
import { parseDateline } from '../src/ingest/parseDateline.ts';
import { splitSentences } from '../src/ingest/splitSentences.ts';
import { DEFAULT_SEEDS_DIR } from '../src/loadEngine.ts';
import { seedsFolder } from './helpers.ts';

const { articles } = await loadArticles(DEFAULT_SEEDS_DIR);
const bySource = (prefix: string) => articles.find((a) => a.source.startsWith(prefix))!;
const fe = bySource('000');
const guardian = bySource('001');
const afp = bySource('003');
const allText = articles.flatMap((a) => a.passages.map((p) => p.text)).join('\n');

describe('article metadata from the real seeds', () => {
  it('reads title, publisher and date of all three', () => {
    expect(articles.map((a) => a.source)).toEqual(['000_077c9179bdec90f8.txt', '001_892cb3b559fd340d.txt', '003_43e208e1d25ef39b.txt']);
    expect([fe.title, fe.publisher, fe.date]).toEqual(['Kim Jong Un in Russia for talks with Putin', 'The Financial Express', '2019-04-25']);
    expect([guardian.title, guardian.publisher, guardian.date]).toEqual(['Kim Jong-un arrives in Russia for summit with Vladimir Putin', null, null]);
    expect([afp.title, afp.publisher, afp.date]).toEqual(['North Korea’s Kim set for first summit with Putin', 'BSS/AFP', '2019-04-25']);
  });
});

describe('cleaning paragraphs', () => {
  it('joins hard-wrapped lines, and a line ending in a hyphen without a space', () => {
    expect(afp.passages[0]!.text).toBe(
      'VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) – Russian President Vladimir Putin and North Korean leader Kim Jong Un meet for their first-ever summit Thursday, with the visitor looking for Moscow’s backing in his nuclear stand-off with the United States.',
    );
    expect(afp.passages.find((p) => p.text.includes('Medvedev'))!.text).toContain('when Kim Jong Il told then-president Dmitry Medvedev');
  });

  it('numbers paragraphs in reading order after cleaning', () => {
    expect(fe.passages[0]).toMatchObject({ paragraph: 1, text: 'North Korean leader Kim Jong Un reached Russia on Wednesday for a summit with President Vladimir Putin.' });
    expect(fe.passages[6]).toMatchObject({ paragraph: 7, text: 'Trump and Kim met in Hanoi earlier this year to discuss North Korea\'s nuclear weapons programme, but the summit - their second - ended without agreement.' });
    for (const a of articles) a.passages.forEach((p, i) => expect(p.paragraph).toBe(i + 1));
  });

  it('drops share lines, video credits, wire markers, timestamps and the repeated headline', () => {
    for (const junk of ['Share if you like', 'Video: Reuters', 'MORE/FI', 'BSS/AFP/FI', '0834 hrs', 'Updated:']) expect(allText).not.toContain(junk);
    expect(fe.passages.some((p) => p.text === fe.title)).toBe(false);
    expect(guardian.passages[1]!.text.endsWith('are in a limbo.')).toBe(true);
  });

  it('keeps section headings as context, never as passages', () => {
    for (const heading of ['What do we know about the summit?', 'What do both sides want?', 'Trump summit', 'Island venue', 'Cold War ties']) {
      expect(articles.some((a) => a.passages.some((p) => p.text === heading || p.text.includes(`– ${heading} –`)))).toBe(false);
    }
    expect(fe.passages.find((p) => p.text.includes('Russky island'))!.heading).toBe('What do we know about the summit?');
    expect(afp.passages.find((p) => p.text.startsWith('Russian and North Korean flags'))!.heading).toBe('Island venue');
    expect(guardian.passages.find((p) => p.text.startsWith('Dmitri Trenin'))!.heading).toBe('Trump summit');
  });

  it('strips a wire slug from the title', () => {
    expect(cleanArticle('x.txt', 'BC-KOREA-RUSSIA, 3 Leaders meet\n\nA paragraph that says something.').title).toBe('Leaders meet');
  });

  it('splits blocks on blank lines, whatever the line endings', () => {
    expect(splitBlocks('One\r\ntwo\r\n\r\nThree')).toEqual(['One two', 'Three']);
  });

  it('reads a dateline with and without an agency', () => {
    expect(parseDateline('PARIS, France, May 3, 2021 (AFP) – Text')).toEqual({ date: '2021-05-03', agency: 'AFP', end: 35 });
    expect(parseDateline('LONDON (Reuters) - Text')).toEqual({ date: null, agency: 'Reuters', end: 19 });
    expect(parseDateline('Nothing like a dateline here.')).toBeNull();
  });

  it('splits sentences without breaking at Mr or initials', () => {
    expect(splitSentences('Mr Putin met Mr Kim. J. Smith said so. It rained!').map((s) => s.text)).toEqual(['Mr Putin met Mr Kim.', 'J. Smith said so.', 'It rained!']);
  });
});

describe('loading a folder', () => {
  it('skips binary and empty files with a warning and serves the rest', async () => {
    const dir = await seedsFolder({
      'a.txt': 'Title here\n\nThe mayor opened the new bridge on Monday.',
      'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'c.txt': '   \n\n  ',
      'notes.md': 'not an article',
    });
    const { articles: loaded, warnings } = await loadArticles(dir);
    expect(loaded.map((a) => a.source)).toEqual(['a.txt']);
    expect(warnings).toEqual(['skipped b.txt: binary, not text', 'skipped c.txt: empty']);
  });

  it('fails clearly when no article is usable, or the folder is missing', async () => {
    const dir = await seedsFolder({ 'only.txt': '' });
    await expect(loadArticles(dir)).rejects.toThrow(SeedsError);
    await expect(loadArticles(dir)).rejects.toThrow(/no usable article/);
    await expect(loadArticles(`${dir}/missing`)).rejects.toThrow(/cannot read the seeds folder/);
  });

  it('lets sources.json give or override metadata', async () => {
    const dir = await seedsFolder({
      'a.txt': 'Title here\n\nThe mayor opened the new bridge on Monday.',
      'sources.json': JSON.stringify({ 'a.txt': { publisher: 'Daily Planet', date: '2020-01-06', url: 'https://example.org/a' } }),
    });
    const [a] = (await loadArticles(dir)).articles;
    expect(a).toMatchObject({ title: 'Title here', publisher: 'Daily Planet', date: '2020-01-06', url: 'https://example.org/a' });
  });
});

describe('addresses in the text', () => {
  it('takes a bare URL line as the article address, never as title or paragraph', () => {
    const a = cleanArticle('x.txt', 'https://news.example.org/story/1\n\nBridge opens\n\nThe mayor opened the bridge on Monday.\n\nSource: https://other.example.org/a');
    expect(a).toMatchObject({ title: 'Bridge opens', url: 'https://other.example.org/a' });
    expect(a.passages.map((p) => p.text)).toEqual(['The mayor opened the bridge on Monday.']);
  });
});

describe('an article with no headline line', () => {
  it('keeps its first paragraph and takes a title from its first sentence', () => {
    const text = 'The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found cracks in two of its supports. Repairs will take a year.\n\nThe mayor said buses would be rerouted.';
    const a = cleanArticle('x.txt', text);
    expect(a.title).toBe('The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found…');
    expect(a.passages).toHaveLength(2);
    expect(a.passages[0]!.text.startsWith('The city council voted')).toBe(true);
  });
});

describe('a header of metadata fields', () => {
  it('reads Title, Source, Date and URL lines as metadata', () => {
    const text = 'Title: Harbour bridge closes to trucks\nSource: City Gazette\nDate: 2022-03-08\nAuthor: J. Smith\nURL: https://example.org/harbour\n\nThe council closed the harbour bridge to trucks on Tuesday.\n\nRepairs start next month.';
    const a = cleanArticle('x.txt', text);
    expect(a).toMatchObject({ title: 'Harbour bridge closes to trucks', publisher: 'City Gazette', date: '2022-03-08', url: 'https://example.org/harbour' });
    expect(a.passages.map((p) => p.text)).toEqual(['The council closed the harbour bridge to trucks on Tuesday.', 'Repairs start next month.']);
  });
});
