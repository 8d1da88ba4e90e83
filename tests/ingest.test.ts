/** Reading articles: metadata, cleaning, folders, dates in every form, publisher / agency / authors, site furniture, npm run ingest. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadArticles, SeedsError } from '../src/ingest/loadArticles.ts';
import { cleanArticle, splitBlocks } from '../src/ingest/cleanArticle.ts';
import { parseDateline, readDateline } from '../src/ingest/parseDateline.ts';
import { findFullDate } from '../src/ingest/dates.ts';
import { readByline } from '../src/ingest/byline.ts';
import { citationLabel } from '../src/render/citation.ts';
import { splitSentences } from '../src/search/tokenizer.ts';
import { DEFAULT_SEEDS_DIR } from '../src/loadEngine.ts';
import { seedsFolder } from './helpers.ts';
import type { Article } from '../src/ingest/types.ts';

const { articles } = await loadArticles(DEFAULT_SEEDS_DIR);
const bySource = (prefix: string) => articles.find((a) => a.source.startsWith(prefix))!;
const fe = bySource('000');
const guardian = bySource('001');
const afp = bySource('003');
const allText = articles.flatMap((a) => a.passages.map((p) => p.text)).join('\n');
/** Why each dropped line of an article was dropped, by the line. */
const droppedWhy = (a: Article): Record<string, string> => Object.fromEntries(a.dropped.map((d) => [d.line, d.why]));
/** A page saved as blocks separated by blank lines, read as the file `x.txt`. */
const readPage = (blocks: readonly string[]): Article => cleanArticle('x.txt', blocks.join('\n\n'));

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
    expect(fe.passages[0]).toMatchObject({
      paragraph: 1,
      text: 'North Korean leader Kim Jong Un reached Russia on Wednesday for a summit with President Vladimir Putin.',
    });
    expect(fe.passages[6]).toMatchObject({
      paragraph: 7,
      text: "Trump and Kim met in Hanoi earlier this year to discuss North Korea's nuclear weapons programme, but the summit - their second - ended without agreement.",
    });
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

  it("drops a wire feed's codes, slug and length, but keeps a catalogue id alone as a title", () => {
    const wire = cleanArticle(
      'w.txt',
      'AP-WF-0424 a0117\nURGENT\nBC-AS--Korea-Bridge, 2nd Ld-Writethru\nNew bridge over the Danube opens after four years\n403 words\n\nThe bridge opened on Monday after four years of work.',
    );
    expect(wire.title).toBe('New bridge over the Danube opens after four years');
    expect(wire.publisher).toBeNull();
    expect(cleanArticle('b.txt', 'ca01\n\nThe Fulton County Grand Jury said Friday an investigation took place.').title).toBe('ca01');
  });

  it('strips a wire slug from the title', () => {
    expect(cleanArticle('x.txt', 'BC-KOREA-RUSSIA, 3 Leaders meet\n\nA paragraph that says something.').title).toBe('Leaders meet');
  });

  /** A paragraph wrapped at a column's width (about 26 characters), greedily, as pdftotext leaves it. */
  const column = (text: string, width = 26): string => {
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.join('\n');
  };
  const filler = (n: number): string => column(`Paragraph ${n} says what the officials told reporters on the record after the meeting.`);

  it('reads a page set in columns: split words joined, a compound kept, a paragraph mended across a caption and a page jump', () => {
    const page = [
      'THE DAILY LANTERN',
      'Ferry fire crew praised',
      'By JANE DOE',
      `R\n${column('escuers reached the ferry within an hour, the coastguard said on Thursday.')}`,
      'The ship had left Dub-\nlin at dawn with a six-\nmonth-old engine and a\ncrew of nine when a fire',
      'Passengers wait on the\nquay in Dublin. PHOTO:\nJOHN ROE',
      'broke out in the engine\nroom, and the flames had\nContinued on Page 6',
      '\f6 | THE DAILY LANTERN |\nFRIDAY, MAY 2, 2025',
      'Ferry crew praised',
      'From Page 1',
      column('spread to the car deck before all passengers were taken off safely.'),
      filler(1),
      filler(2),
    ].join('\n\n');
    const blocks = splitBlocks(page);
    expect(blocks).toContain('Rescuers reached the ferry within an hour, the coastguard said on Thursday.');
    expect(blocks.find((b) => b.startsWith('The ship'))).toBe(
      'The ship had left Dublin at dawn with a six-month-old engine and a crew of nine when a fire broke out in the engine room, and the flames had spread to the car deck before all passengers were taken off safely.',
    );
    expect(blocks.some((b) => /PHOTO|Page|Ferry crew praised|FRIDAY/.test(b))).toBe(false);
    // What went is listed with why, as every dropped line is.
    const dropped = cleanArticle('p.txt', page).dropped;
    expect(dropped).toContainEqual({ line: 'Passengers wait on the quay in Dublin. PHOTO: JOHN ROE', why: 'between the halves of a paragraph a column broke' });
    expect(dropped).toContainEqual({ line: 'From Page 1', why: 'page jump' });
  });

  it('never throws on a page set in columns, and invents no letter: every letter kept is one the page holds', () => {
    const word = fc.constantFrom(
      'the',
      'Kim',
      'train',
      'rolled',
      'Vla-',
      'dimir',
      'six-',
      'party',
      'for',
      'K',
      'im',
      '“I',
      'hope.”',
      'PHOTO:',
      '3',
      'From',
      'Page',
      '1',
    );
    const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
    const page = fc
      .array(fc.oneof(line, line, line, fc.constant(''), fc.constant('\f'), fc.constant('Continued on Page 6')), { minLength: 20, maxLength: 80 })
      .map((ls) => ls.join('\n'));
    const letters = (text: string): Map<string, number> => {
      const count = new Map<string, number>();
      for (const ch of text.replace(/[^\p{L}]/gu, '')) count.set(ch, (count.get(ch) ?? 0) + 1);
      return count;
    };
    fc.assert(
      fc.property(page, (raw) => {
        const article = cleanArticle('p.txt', raw);
        const held = letters(raw);
        for (const [ch, n] of letters(article.passages.map((p) => p.text).join(' '))) expect(n).toBeLessThanOrEqual(held.get(ch) ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a short text with short lines as it is: too few lines to measure a column by', () => {
    expect(splitBlocks('Kim arrives in\nRussia\n\nthe story goes on here.')).toEqual(['Kim arrives in', 'Russia', 'the story goes on here.']);
  });

  it('keeps a split word apart across lines on a page not set in columns (`then-` + `president`)', () => {
    expect(splitBlocks(`Talks were held with then-\npresident Dmitry Medvedev in a ${'x'.repeat(40)} hall.`)[0]).toContain('then-president');
  });

  it("reads a newsletter quoting a report as the report: the writer's introduction, sign-off and signature go", () => {
    const quoted = (n: number): string => `> Paragraph ${n} of the wire report tells what happened at the port on Monday and who said what about it.`;
    const page = [
      'The Harbour Notes',
      'A storm and a salmon escape',
      'Tove Andersen',
      'Morning, all. Here is the wire report in full, with a few thoughts from me at the end of it.',
      quoted(1),
      quoted(2),
      quoted(3),
      '— Agence France-Presse',
      'Thanks for reading, and see you all next week with more on the recapture numbers.',
      '— Tove',
    ].join('\n\n');
    const a = cleanArticle('n.txt', page);
    expect(a.passages.map((p) => p.text)).toEqual([1, 2, 3].map((n) => quoted(n).slice(2)));
    expect(a.agency).toBe('AFP');
    expect(a.dropped.filter((d) => d.why === "the newsletter writer's own words around the quoted report").map((d) => d.line)).toEqual([
      'Morning, all. Here is the wire report in full, with a few thoughts from me at the end of it.',
      'Thanks for reading, and see you all next week with more on the recapture numbers.',
      '— Tove',
    ]);
  });

  it('splits blocks on blank lines, whatever the line endings', () => {
    expect(splitBlocks('One\r\ntwo\r\n\r\nThree')).toEqual(['One two', 'Three']);
  });

  it('reads a dateline with and without an agency', () => {
    expect(parseDateline('PARIS, France, May 3, 2021 (AFP) – Text')).toEqual({ date: '2021-05-03', place: 'PARIS', agency: 'AFP', end: 35 });
    expect(parseDateline('LONDON (Reuters) - Text')).toEqual({ date: null, place: 'LONDON', agency: 'Reuters', end: 19 });
    expect(parseDateline('Nothing like a dateline here.')).toBeNull();
  });

  it('reads an upper-case place and a dash with no credit as a dateline, but not a label or a sentence', () => {
    expect(parseDateline('WASHINGTON — The Senate voted on Monday.')).toEqual({ date: null, place: 'WASHINGTON', agency: null, end: 13 });
    expect(parseDateline('VANCOUVER, British Columbia - The dam gave way.')).toMatchObject({ place: 'VANCOUVER', end: 30 });
    for (const text of ['BREAKING - The dam gave way.', 'UPDATE — Officials said more.', 'The talks - which ran long - ended.', 'US - China talks ended.'])
      expect(parseDateline(text)).toBeNull();
    // Where the story was filed is not what it tells: the lead's story starts after the dash.
    const lead = cleanArticle('x.txt', 'Dam bursts\n\nVANCOUVER - The Stanwick Dam gave way early on Sunday, officials said.');
    expect(lead.passages[0]!.text.slice(lead.passages[0]!.storyStart)).toBe('The Stanwick Dam gave way early on Sunday, officials said.');
  });

  it('reads an upper-case place and date before an unknown credit as a dateline, without taking the credit for a wire', () => {
    const text = 'ALDER BEND, British Columbia, Oct 13 (Pacific Wire) - An earthen dam gave way.';
    expect(parseDateline(text)).toEqual({ date: null, place: 'ALDER BEND', agency: null, end: text.indexOf('An earthen') });
    // A capitalised opening with no date is a sentence, whatever follows in brackets.
    expect(parseDateline('Officials said (Pacific Wire) - it held.')).toBeNull();
  });

  it('splits sentences without breaking at Mr or initials', () => {
    expect(splitSentences('Mr Putin met Mr Kim. J. Smith said so. It rained!').map((s) => s.text)).toEqual([
      'Mr Putin met Mr Kim.',
      'J. Smith said so.',
      'It rained!',
    ]);
  });

  it('starts a sentence at each bullet of a list joined into one paragraph', () => {
    const list = '• Fire broke out in the engine room • 418 passengers left the ship • Two crew members died';
    expect(splitSentences(list).map((s) => s.text)).toEqual([
      '• Fire broke out in the engine room',
      '• 418 passengers left the ship',
      '• Two crew members died',
    ]);
  });

  it('starts a sentence at each item of a list typed with hyphens, and only in a paragraph that opens as one', () => {
    const list = '- The ferry left Dublin shortly after midnight - A fire started before 2am - The captain told everyone to leave';
    expect(splitSentences(list).map((s) => s.text)).toEqual([
      '- The ferry left Dublin shortly after midnight',
      '- A fire started before 2am',
      '- The captain told everyone to leave',
    ]);
    // A dash inside a sentence of prose is not an item.
    expect(splitSentences('The fire - which began at 2am - spread to deck 8.').map((s) => s.text)).toEqual([
      'The fire - which began at 2am - spread to deck 8.',
    ]);
  });

  it('cuts a run-on text with no full stops into verbatim pieces of at most 1,000 characters', () => {
    const runOn = Array.from({ length: 1200 }, (_, i) => `word${i % 37}`).join(' ');
    const spans = splitSentences(runOn);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(runOn.slice(s.start, s.end)).toBe(s.text);
    }
    expect(spans.map((s) => s.text).join(' ')).toBe(runOn);
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
    const a = cleanArticle(
      'x.txt',
      'https://news.example.org/story/1\n\nBridge opens\n\nThe mayor opened the bridge on Monday.\n\nSource: https://other.example.org/a',
    );
    expect(a).toMatchObject({ title: 'Bridge opens', url: 'https://other.example.org/a' });
    expect(a.passages.map((p) => p.text)).toEqual(['The mayor opened the bridge on Monday.']);
  });
});

describe('an article with no headline line', () => {
  it('keeps its first paragraph and takes a title from its first sentence', () => {
    const text =
      'The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found cracks in two of its supports. Repairs will take a year.\n\nThe mayor said buses would be rerouted.';
    const a = cleanArticle('x.txt', text);
    expect(a.title).toBe('The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found…');
    expect(a.passages).toHaveLength(2);
    expect(a.passages[0]!.text.startsWith('The city council voted')).toBe(true);
  });
});

describe('a header of metadata fields', () => {
  it('reads Title, Source, Date and URL lines as metadata', () => {
    const text =
      'Title: Harbour bridge closes to trucks\nSource: City Gazette\nDate: 2022-03-08\nAuthor: J. Smith\nURL: https://example.org/harbour\n\nThe council closed the harbour bridge to trucks on Tuesday.\n\nRepairs start next month.';
    const a = cleanArticle('x.txt', text);
    expect(a).toMatchObject({ title: 'Harbour bridge closes to trucks', publisher: 'City Gazette', date: '2022-03-08', url: 'https://example.org/harbour' });
    expect(a.passages.map((p) => p.text)).toEqual(['The council closed the harbour bridge to trucks on Tuesday.', 'Repairs start next month.']);
  });
});

describe('dates in every common form', () => {
  it.each([
    ['Updated April 26, 2019 at 3:43 PM', '2019-04-26'],
    ['Published 10:08 (UTC +04:00) 25 April 2019', '2019-04-25'],
    ['25th April, 2019', '2019-04-25'],
    ['26.04.2019', '2019-04-26'],
    ['2019-04-26', '2019-04-26'],
    ['26-04-2019', '2019-04-26'],
    ['2019.04.26 15:43', '2019-04-26'],
    ['Apr. 26, 2019', '2019-04-26'],
    ['Thu, Apr 25 2019 3:04 AM EDT', '2019-04-25'],
    ['Issued on: 25/04/2019 - 10:20', '2019-04-25'],
    ['Thursday, April 25th 2019, 3:10 am', '2019-04-25'],
    ['04/26/2019', '2019-04-26'],
    ['Published On 18 Mar 202718 Mar 2027', '2027-03-18'],
  ])('%s', (text, iso) => {
    expect(findFullDate(text)).toBe(iso);
  });

  it('never reads an ambiguous or impossible date', () => {
    expect(findFullDate('04/05/2019')).toBeNull();
    expect(findFullDate('31.02.2019')).toBeNull();
  });

  it('takes a dateline without a year from elsewhere in the page, or says the year is unknown', () => {
    const withYear = cleanArticle(
      'x.txt',
      'Leaders meet\n\nSEOUL, April 26 (UPI) -- The leaders met on Friday in the capital.\n\nThey spoke for an hour.\n\n© 2019 UPI',
    );
    expect([withYear.date, withYear.dateWithoutYear]).toEqual(['2019-04-26', null]);
    expect(withYear.origins.date).toMatch(/year from copyright line/);
    const without = cleanArticle('x.txt', 'Leaders meet\n\nSEOUL, April 26 (UPI) -- The leaders met on Friday in the capital.\n\nThey spoke for an hour.');
    expect([without.date, without.dateWithoutYear]).toEqual([null, '--04-26']);
  });

  it('prefers the publication date to an update, and a story date line to a page header date', () => {
    const a = cleanArticle(
      'x.txt',
      'Site Daily News\n\nMonday 3 May 2021\n\nBridge opens to traffic\n\nPublished Thu, Apr 25 2019 3:04 AM EDT Updated Fri, Apr 26 2019 1:00 AM EDT\n\nThe bridge opened on Thursday after two years of work.',
    );
    expect(a.date).toBe('2019-04-25');
  });
});

describe('publisher, agency and authors from where the page puts them', () => {
  it.each([
    ['VLADIVOSTOK, Russia, April 26 (UPI) -- Text', { agency: 'UPI', date: null }],
    ['VLADIVOSTOK (Pakistan Point News / Sputnik - 25th April, 2019) Text', { agency: 'Sputnik', publisher: 'Pakistan Point News', date: '2019-04-25' }],
    ['MOSCOW, April 25 - Sputnik - Text', { agency: 'Sputnik' }],
    ['MOSCOW, April 25. /TASS/. Text', { agency: 'TASS' }],
    ['SEOUL, March 18 (Xinhua) -- Text', { agency: 'Xinhua' }],
  ])('reads the dateline %s', (text, want) => {
    expect(readDateline(text)).toMatchObject(want);
  });

  it('takes a wire it does not know for the agency when the dateline credits it and the copyright line names it', () => {
    const lead = 'MERRICK FALLS, Dunmore (Harrier Press) — A grain elevator collapsed on Wednesday, injuring two workers.';
    const end = 'Copyright 2025 Harrier Press. All rights reserved.';
    const wire = cleanArticle('x.txt', ['Grain elevator collapses', lead, 'Residents were told to leave their homes.', end].join('\n\n'));
    expect(wire.agency).toBe('Harrier Press');
    // Credited by the dateline alone, an unknown name is not taken for a wire.
    expect(cleanArticle('x.txt', ['Grain elevator collapses', lead, 'Residents were told to leave their homes.'].join('\n\n')).agency).toBeNull();
  });

  it("does not take the app a page was shared from for its publisher, and drops a wire story's contributors and a call for readers", () => {
    const a = readPage([
      'Apple News\nTop Stories',
      'THE TIDEWATER LEDGER\nFollow',
      'Ferry pulled from service after crack found in hull',
      'By Priya Okonkwo-Hale',
      'The only passenger ferry to the island has been withdrawn from service after engineers found a crack in its hull.',
      'The operator said repairs would take around five weeks, with the ship due back in service by April 16.',
      'Have you been affected? Email newsdesk@tidewaterledger.example',
      'Contributing: Owen Tesfaye in Corrowan City.',
      'Shared from Apple News',
    ]);
    expect(a.publisher).toBe('THE TIDEWATER LEDGER');
    expect(a.passages.map((p) => p.paragraph)).toEqual([1, 2]);
    expect(a.dropped.find((d) => d.line.startsWith('Contributing:'))?.why).toBe('contributors credit');
    expect(a.dropped.find((d) => d.line.startsWith('Have you been affected'))?.why).toBe('reader call-out or contact line');
  });

  it("reads a press release: the service is the publisher and no wire, the issuer's credit and the boilerplate after `About ...` are no story", () => {
    const a = readPage([
      'Wirecast Releases',
      'Orchard Rail Orders Twelve Battery Trains for Coastal Line',
      'Deliveries to begin in 2027; trains to cut line emissions by 80 percent',
      'News provided by\nOrchard Rail Group plc',
      'Jun 04, 2025, 07:00 ET',
      'BRISTOL, England, June 4, 2025 /Wirecast/ -- Orchard Rail Group plc today ordered twelve battery trains for its coastal line.',
      'The trains will replace diesel units that have run on the line since 1994, the company said in a statement.',
      '"This is the biggest order in our history," said chief executive Helen Marsh.',
      'About Orchard Rail Group plc',
      'Orchard Rail Group plc runs passenger services in the west of England.',
      'Media Contact:\nTom Reyes\npress@orchardrail.example',
      'Photo - https://media.wirecast.example/orchard.jpg',
      'SOURCE Orchard Rail Group plc',
    ]);
    expect(a.publisher).toBe('Wirecast');
    expect(a.agency).toBeNull();
    expect(a.date).toBe('2025-06-04');
    expect(a.passages.map((p) => p.text.slice(0, 20))).toEqual(['BRISTOL, England, Ju', 'The trains will repl', '"This is the biggest']);
    expect(a.passages[0]!.text.slice(a.passages[0]!.storyStart)).toMatch(/^Orchard Rail Group plc today/);
    // The TASS house style (`/TASS/.`) still credits a wire.
    expect(readDateline('MOSCOW, April 25. /TASS/. Talks began on Thursday.')?.agency).toBe('TASS');
  });

  it("drops paywall prompts, a correction note, an opinion disclaimer, a letters call-out, a `[Graphic]` caption and a text-only edition's links", () => {
    const a = readPage([
      'Back to the main site',
      '[Home] [News] [Sport]',
      'Council delays vote on harbour car park',
      'By Ada Lind',
      'Tue, 03 Jun 2025 18:02:11 GMT',
      'Updated: 04.06.2025 09:30',
      'The council has delayed a vote on a new car park at the harbour until July, its leader said on Tuesday.',
      "You've reached your limit of free articles.",
      'Already a subscriber? Log in',
      'Thanks for logging in. Enjoy unlimited access.',
      'Residents had objected to the loss of 40 trees on the site, the council said.',
      '[Graphic] Where the car park would go: the harbour site and the trees to be felled. Source: Marsh Council',
      'Correction: An earlier version of this article gave the wrong number of trees.',
      "The views expressed in this column are the author's own.",
      'Would you like to submit a letter for publication? Send it to the letters desk.',
      'Back to top',
      'Switch to full version',
    ]);
    expect(a.title).toBe('Council delays vote on harbour car park');
    expect(a.date).toBe('2025-06-03');
    expect(a.passages.map((p) => p.text.slice(0, 20))).toEqual(['The council has dela', 'Residents had object']);
  });

  it('takes the outlet a portal credits for the story as its publisher', () => {
    const a = readPage([
      'Portalia',
      'Bridge repairs to close river road for a month',
      'Crews will begin work on the bridge on Monday, the county said in a statement on Friday.',
      'Drivers will be sent on a diversion through the town centre while the road is shut.',
      'This article originally appeared on The Marsh Valley Times: Bridge repairs to close river road for a month',
      '© 2025 Portalia. All rights reserved.',
    ]);
    expect(a.publisher).toBe('The Marsh Valley Times');
    expect(a.passages).toHaveLength(2);
  });

  it('reads no dateline from a caption or a sentence with parentheses', () => {
    expect(readDateline('President Putin (R) greets Kim in Vladivostok.')).toBeNull();
    expect(readDateline('The talks (the first since 2011) ended on Thursday.')).toBeNull();
  });

  it.each([
    ['By Maria Vasilyeva and Vladimir Soldatkin', { authors: ['Maria Vasilyeva', 'Vladimir Soldatkin'], agency: null }],
    ['By Jane Doe, John Roe and Ann Poe', { authors: ['Jane Doe', 'John Roe', 'Ann Poe'], agency: null }],
    ['Rohan Mehta | Reuters', { authors: ['Rohan Mehta'], agency: 'Reuters' }],
    ['By Yonhap News Agency', { authors: [], agency: 'Yonhap' }],
    ['By Jane Doe, BBC Seoul correspondent', { authors: ['Jane Doe'], agency: null }],
    ['By City News reporter Jane Doe', { authors: ['Jane Doe'] }],
    ['Associated Press', { authors: [], agency: 'AP' }],
    ['By KATIE SMITH and HYUNG-JIN KIM, Associated Press', { authors: ['KATIE SMITH', 'HYUNG-JIN KIM'], agency: 'AP' }],
    ['By Emma Stone The Associated Press', { authors: ['Emma Stone'], agency: 'AP' }],
    ['Author Jane Doe (AFP, Reuters)', { authors: ['Jane Doe'], agency: 'AFP' }],
    ['Curated By: Jane Doe', { authors: [], agency: null }],
    ['Rowan Pell, Senior Correspondent, Brisbane', { authors: ['Rowan Pell'], agency: null }],
    ['By JANE DOE AP Business Writer', { authors: ['JANE DOE'], agency: 'AP' }],
    ['By DELPHINE MARSH Harrier Press Writer', { authors: ['DELPHINE MARSH'], agency: null }],
    ['By OLA BERG and TOMAS LINDH Coastline Press', { authors: ['OLA BERG', 'TOMAS LINDH'], agency: null, publisher: 'Coastline Press' }],
    ['By Jane Roe | jroe@dailystar.example | The Daily Star', { authors: ['Jane Roe'], publisher: 'The Daily Star' }],
  ])('reads the byline %s', (line, want) => {
    expect(readByline(line)).toMatchObject(want);
  });

  it('reads no byline from a sentence or a headline', () => {
    expect(readByline('By Tuesday, officials said the talks were over.')).toBeNull();
    expect(readByline('South Korea, Japan agree to link grids')).toBeNull();
    // A name and an office is a subject, not a journalist's byline.
    expect(readByline('Vladimir Putin, President, Russia')).toBeNull();
  });

  it('keeps the site and the wire apart, and cites both', () => {
    const a = cleanArticle(
      'x.txt',
      'Daily Gazette\n\nLeaders meet in port city\n\nReuters @gazette Whatsapp\n\nBy Jane Doe and John Roe\n\nPORT CITY (Reuters) - The leaders met on Thursday in the port city, officials said.\n\nThey spoke for an hour.',
    );
    expect(a).toMatchObject({ publisher: 'Daily Gazette', agency: 'Reuters', authors: ['Jane Doe', 'John Roe'] });
    expect(citationLabel(a, 2)).toBe('Leaders meet in port city — Daily Gazette (Reuters), ¶2');
    expect(citationLabel({ ...a, publisher: 'BSS/AFP', agency: 'AFP' }, 1)).toBe('Leaders meet in port city — BSS/AFP, ¶1');
  });

  it('takes no agency from a photo credit or a quoted source', () => {
    const a = cleanArticle(
      'x.txt',
      'Leaders meet in port city\n\nThe leaders shake hands. Photo by KCNA/UPI\n\nThe leaders met on Thursday, the Yonhap news agency reported.\n\nThey spoke for an hour, Interfax said.',
    );
    expect([a.publisher, a.agency]).toEqual([null, null]);
  });

  it("reads a wire's own page: its initials in the dateline, its writers' cards and bios, its contributors and its note on itself are no story", () => {
    const a = readPage([
      'Coastline Press',
      'Landslide closes mountain pass',
      'By OLA BERG and TOMAS LINDH Coastline Press',
      'HALLSTAD, Norway (CP) — A landslide closed the only road over the pass on Monday, police said.',
      'Crews expect to reopen one lane by Friday, the roads agency said.',
      'Coastline Press writers Mia Holm in Bergen and Erik Dahl in Oslo contributed to this report.',
      'Follow Coastline Press coverage of the storms at https://coastlinepress.example/storms',
      'OLA BERG',
      'Berg covers western Norway for Coastline Press.',
      'Coastline Press is an independent news agency founded in 1921.',
      'Copyright 2025 Coastline Press. All rights reserved.',
    ]);
    expect(a).toMatchObject({ publisher: 'Coastline Press', agency: 'CP', authors: ['OLA BERG', 'TOMAS LINDH'] });
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['HALLSTAD, No', 'Crews expect']);
  });

  it("drops a box set in the story, an embedded post, a video player and a blog's share buttons, and reads a name over its job", () => {
    const a = readPage([
      'Harbour Daily',
      'Ferry strike ends after nine days',
      'Crews return to work on Monday under a new pay deal, the union said',
      'Comments\nAmy Tarn\nTransport Reporter\n09:10, 3 May 2025',
      'Click to share on Facebook (Opens in new window)',
      'The nine-day strike by ferry crews ended on Sunday after the union accepted a new pay offer.',
      'Sailings will resume on Monday morning, the operator said.',
      'Key dates\n1 April – Union rejects pay offer\n24 April – Strike begins\n3 May – Deal agreed',
      'The union had asked for a rise of 9 percent and was offered 6.',
      'Back at work on Monday. Thanks for the support! pic.x.com/a1b2c3\n— Ferry Crews Union (@FerryCrews) May 3, 2025',
      'Video Loading\nPlay now',
      "Passengers were told to check times on the operator's website.",
    ]);
    expect(a.authors).toEqual(['Amy Tarn']);
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['The nine-day', 'Sailings wil', 'The union ha', 'Passengers w']);
  });

  it("reads a blog platform's story: a headline of two sentences, the publication's card after the story and what follows it", () => {
    const a = readPage([
      'Member-only story',
      'The river bridge was failing. Nobody told the drivers.',
      'Inspection reports show cracks were found two years before the closure',
      'Nadia Oyelowo\nFollow\n7 min read\n·\nApr 3, 2025',
      'The old swing bridge over the river was closed on Monday after engineers found cracked girders.',
      'Reports obtained by this publication show the cracks were first noted in 2023.',
      'The county said a replacement could take five years.',
      'The bridge on a summer evening. Photo by the author.',
      'If you know more about the bridge, you can reach me at nadia.tips@mail.example. This publication is reader-funded.',
      'Infrastructure\nLocal News\n--\n120\nPublished in Valley Ledger\n900 Followers',
      'Independent reporting from the valley towns.',
      'Responses (2)',
      'I drove over it every day. Scary.',
    ]);
    expect(a.title).toBe('The river bridge was failing. Nobody told the drivers.');
    expect(a.publisher).toBe('Valley Ledger');
    expect(a.authors).toEqual(['Nadia Oyelowo']);
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['The old swin', 'Reports obta', 'The county s']);
  });

  it("reads a business wire's and a broadcaster's page: their notes on the copy, credits, links set in the story and boxes are no story", () => {
    const a = readPage([
      'Skip to site index',
      'Home > Business > Markets',
      'Mar 5, 2025 - Markets & Finance',
      'Copper miner cuts output forecast as strikes spread',
      'Takeaways by Ledger AI\n• The miner cut its forecast.\n• Shares fell 9%.',
      'By Lena Ortiz and Sam Achebe, LMN',
      'Share full article',
      'SKIP ADVERTISEMENT',
      'SANTIAGO: The miner cut its copper output forecast on Wednesday as strikes spread to a second site.',
      'Related article Why copper prices keep climbing',
      'The company said output would fall by about 8% this year, its steepest cut since 2016.',
      'Workers on a pit road near the site on Tuesday.\nMarta Soler/Reuters',
      'Union leaders said the strikes would continue until pay talks resume.',
      'Paid Partner Content\nThis Simple Trick Cuts Your Heating Bills In Half',
      '--With assistance from Ana Ruiz.',
      '(Updates with union comment in fourth paragraph.)',
      'Ana Ruiz contributed reporting from St. Louis.',
      'To contact the reporters on this story:',
      'Go deeper: Copper demand is outrunning new mines',
      'Get the story first on the Ledger Terminal.',
      'ab/cd (AFP, Reuters)',
    ]);
    expect(a).toMatchObject({
      title: 'Copper miner cuts output forecast as strikes spread',
      date: '2025-03-05',
      authors: ['Lena Ortiz', 'Sam Achebe'],
      agency: 'AFP',
    });
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['SANTIAGO: Th', 'The company ', 'Union leader']);
  });

  it('takes a short line over the paragraph a dateline opens for a caption, and names over share buttons for the writers', () => {
    const a = readPage([
      'Harbour Daily\nNews\nSport\nBusiness',
      'Dock strike ends after nine days',
      'Ana Mistry, Joel Park\nShare on Facebook\nShare on X',
      'Dockers walk out of the port gates on Sunday evening.',
      'MUMBAI: The nine-day strike at the city port ended on Sunday after the union accepted a new pay offer.',
      'Cargo handling will resume on Monday, the port said.',
    ]);
    expect(a.authors).toEqual(['Ana Mistry', 'Joel Park']);
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['MUMBAI: The ', 'Cargo handli']);
    expect(a.passages[0]!.storyStart).toBe('MUMBAI: '.length);
  });

  it('reads a site name between headline and story as the publisher', () => {
    const a = cleanArticle('x.txt', 'Leaders meet\n\nHarbour Report\n\nThe leaders met on Thursday in the port city, officials said.');
    expect(a.publisher).toBe('Harbour Report');
    expect(a.passages.map((p) => p.heading)).toEqual([null]);
    const sectioned = cleanArticle('x.txt', 'Leaders meet\n\nHNB News | Coastal Region\n\nThe leaders met on Thursday in the port city, officials said.');
    expect(sectioned.publisher).toBe('HNB News');
    expect(sectioned.passages.map((p) => p.heading)).toEqual([null]);
  });

  it('reads a masthead set in capitals over the headline, with no blank lines between', () => {
    const a = cleanArticle(
      'x.txt',
      'THE HARBOUR VALLEY LEDGER\nHarbour town counts the cost after the storm\nBy Jane Doe\n2024-10-15\nThe storm destroyed 85 homes in the harbour town, officials said on Tuesday.',
    );
    expect(a).toMatchObject({
      publisher: 'THE HARBOUR VALLEY LEDGER',
      title: 'Harbour town counts the cost after the storm',
      authors: ['Jane Doe'],
      date: '2024-10-15',
    });
    expect(a.passages).toHaveLength(1);
  });

  it("takes a credit line over or under an unpunctuated caption as the photo's, not the agency", () => {
    const a = cleanArticle(
      'x.txt',
      'Leaders meet\n\nReuters\n\nPresident Kim greets President Lee at the venue on Thursday\n\nThe leaders met on Thursday in the port city, officials said.\n\nCrowds gather outside the summit venue in the rain\n\nGetty Images\n\nThe summit ends on Friday, officials said.',
    );
    expect(a.agency).toBeNull();
    expect(a.passages.map((p) => p.text.slice(0, 16))).toEqual(['The leaders met ', 'The summit ends ']);
  });

  it('reads a byline and a date set one under the other with no blank line between (`13 May 2025 | 8 min read`)', () => {
    const a = cleanArticle(
      'x.txt',
      'Mine owner faces its biggest test\n\nRowan Pell, Senior Correspondent, Brisbane\n13 May 2025 | 8 min read\n\nA week ago the company was a mid-sized producer with one outstanding asset, analysts said.',
    );
    expect(a).toMatchObject({ authors: ['Rowan Pell'], date: '2025-05-13' });
    expect(a.passages.map((p) => p.text.slice(0, 12))).toEqual(['A week ago t']);
    // On a line of its own the reading time is furniture, as before.
    expect(
      cleanArticle('x.txt', 'Mine owner faces its biggest test\n\n8 min read\n\nA week ago the company was a mid-sized producer, analysts said.').dropped,
    ).toContainEqual(expect.objectContaining({ why: 'reading time' }));
  });

  it('reads a place and agency line as the agency, never as a heading', () => {
    const a = cleanArticle('x.txt', 'Leaders meet\n\nVLADIVOSTOK- Agence France-Presse\n\nThe leaders met on Thursday in the port city, officials said.');
    expect(a.agency).toBe('AFP');
    expect(a.passages.map((p) => p.heading)).toEqual([null]);
  });
});

describe('site furniture out of the passages', () => {
  const a = readPage([
    'Leaders meet in port city',
    'The leaders agreed to meet again next year, officials said after the talks.',
    'By Jane Doe | Updated April 26, 2019 at 3:43 PM',
    'President Kim (L) greets President Lee in the port city on Thursday. Photo by Press Pool/UPI',
    'The leaders agreed to meet again next year, officials said after the talks.',
    'Advertising',
    'The talks lasted two hours and covered trade and security, the two sides said.',
    'Mikhail Petrov | Getty Images',
    'Watch the latest news on Channel 7 or stream for free on 7plus',
    'Also read: Markets rise after the summit',
    'The leaders will meet again in the autumn, their offices said in a statement.',
    'related news',
    'Port city hosts festival',
    'Share on Facebook Twitter WhatsApp',
    '© 2019 Daily Gazette. All rights reserved.',
  ]);

  it('keeps the story, once', () => {
    expect(a.passages.map((p) => p.text.slice(0, 20))).toEqual(['The leaders agreed t', 'The talks lasted two', 'The leaders will mee']);
    expect(a).toMatchObject({ authors: ['Jane Doe'], date: '2019-04-26', publisher: 'Daily Gazette', agency: null });
  });

  it('records every dropped line with why', () => {
    const why = droppedWhy(a);
    expect(why['Advertising']).toBe('advertising');
    expect(why['Mikhail Petrov | Getty Images']).toBe('photo caption or credit');
    expect(why['related news']).toBe('related links');
    expect(why['Port city hosts festival']).toBe('related links');
    expect(why['Share on Facebook Twitter WhatsApp']).toBe('share line');
    expect(why['Also read: Markets rise after the summit']).toBe('promo');
  });

  it('keeps a lead with a photo under it, and a paragraph ending in an abbreviation', () => {
    const a = cleanArticle(
      'x.txt',
      'Leaders meet\n\nThe leaders met on Thursday in the port city, officials said.\n\nThe leaders shake hands. Credit: AP\n\nThey met at the Far Eastern Federal University (FEFU)\n\nThey spoke for two hours.',
    );
    expect(a.passages.map((p) => p.text.slice(0, 16))).toEqual(['The leaders met ', 'They met at the ', 'They spoke for t']);
  });

  it('drops a punctuated caption over its own credit line', () => {
    const a = cleanArticle(
      'x.txt',
      'Leaders meet\n\nThe leaders met on Thursday in the port city, officials said.\n\nPresident Kim (R) and President Lee shake hands in the port city on April 25, 2019.\n\nMikhail Petrov | Getty Images\n\nThey spoke for two hours.',
    );
    expect(a.passages.map((p) => p.text.slice(0, 16))).toEqual(['The leaders met ', 'They spoke for t']);
  });

  it('reads a byline over a paragraph in one block as a byline, and a credit over a caption as a caption', () => {
    const a = cleanArticle(
      'x.txt',
      'Leaders meet\nJane Doe | Reuters\nThe leaders met on Thursday in the port city, officials said.\n\nGetty Images\nPresident Kim greets President Lee at the venue on Thursday\n\nThey spoke for two hours.',
    );
    expect(a).toMatchObject({ authors: ['Jane Doe'], agency: 'Reuters' });
    expect(a.passages.map((p) => p.text.slice(0, 16))).toEqual(['The leaders met ', 'They spoke for t']);
  });

  it('keeps a text cut off mid-word at the end', () => {
    const cut = cleanArticle(
      'x.txt',
      'Leaders meet\n\nThe leaders met on Thursday in the port city, officials said.\n\nThe talks lasted two hours and covered tra',
    );
    expect(cut.passages.at(-1)!.text).toBe('The talks lasted two hours and covered tra');
  });

  it('never takes a short headline with its byline and credit for a menu, nor a Watch: headline for a promo', () => {
    const short = cleanArticle(
      'x.txt',
      'Kim meets Putin\nBy John Smith\nReuters\n\nVLADIVOSTOK, Russia (Reuters) - The leaders met on Thursday for talks, officials said.',
    );
    expect(short).toMatchObject({ title: 'Kim meets Putin', authors: ['John Smith'], agency: 'Reuters' });
    const watch = cleanArticle(
      'x.txt',
      'Watch: Kim arrives in Vladivostok by armoured train\n\nThe North Korean leader arrived on Wednesday aboard his train, officials said.',
    );
    expect(watch.title).toBe('Watch: Kim arrives in Vladivostok by armoured train');
  });

  it('drops a menu saved with the page, and finds the headline under it', () => {
    const saved = cleanArticle(
      'x.txt',
      'Skip to content\n\nHome\nWorld\nBusiness\nSport\n\nLeaders meet in port city\n\nThe leaders met on Thursday in the port city, officials said.',
    );
    expect(saved.title).toBe('Leaders meet in port city');
    expect(saved.passages).toHaveLength(1);
  });
});

describe('npm run ingest', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const run = (args: string[]) =>
    spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src/cli/ingest.ts'), ...args], {
      encoding: 'utf8',
      cwd: root,
      env: { ...process.env, SEEDS_DIR: '' },
    });

  it('prints one JSON object per article with its metadata, paragraphs and dropped lines', () => {
    const r = run(['--json', path.join(root, 'tests', 'fixtures', 'other-event')]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(report.map((a) => a['file'])).toEqual(['local_daily.txt', 'reuters_bridge.txt']);
    expect(report[1]).toMatchObject({
      title: 'New Danube bridge opens in Novi Sad after three years of work',
      publisher: 'Reuters',
      agency: 'Reuters',
      authors: ['Ana Petrovic'],
      date: '2023-10-14',
    });
    const fifth = (report[1]!['paragraphs'] as Array<{ n: number; text: string; heading: string | null }>).find((p) => p.n === 5);
    expect(fifth).toMatchObject({ heading: 'Traffic relief' });
    expect(fifth?.text).toMatch(/^City officials/);
    expect(report[1]!['dropped']).toContainEqual({ line: 'By Ana Petrovic, Reuters', why: 'byline' });
  });

  it('prints the articles as text, and fails clearly on a folder with nothing to read', () => {
    const text = run([path.join(root, 'seeds')]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^publisher +The Financial Express +\(masthead line/m);
    expect(text.stdout).toMatch(/¶14 The North Korean leader reportedly crossed into Russia/);
    const missing = run([path.join(root, 'no-such-folder')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read the seeds folder/);
  });
});

describe('the top of a saved page, above its headline', () => {
  const story = 'Firefighters brought the warehouse blaze under control on Monday night after six hours, the fire service said.';

  it('takes a consent dialog, a motto between masthead and menu, and a slash trail for what they are, not the headline', () => {
    const a = readPage([
      'We value your privacy',
      'The Harbour Post and our partners use cookies to store and access information on your device, to measure and personalise ads.',
      'Accept all\nReject all\nManage preferences',
      'Skip to content\nThe Harbour Post',
      'News for the harbour towns since 1901',
      'Home\nNews\nU.K.\nWorld\nSport',
      'News / Local / Fire',
      'Warehouse fire brought under control after six hours',
      story,
    ]);
    expect(a.title).toBe('Warehouse fire brought under control after six hours');
    expect(a.publisher).toBe('The Harbour Post');
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    const why = droppedWhy(a);
    expect(why['We value your privacy']).toBe('cookie notice (its heading)');
    expect(why['News for the harbour towns since 1901']).toBe('masthead motto');
    expect(why['U.K.']).toBe('navigation');
  });

  it("takes a consent dialog that never says `cookies` (the framework's `We and our partners store and/or access information`) and a slogan ending on a full stop", () => {
    const a = readPage([
      'We value your privacy',
      'We and our 143 partners store and/or access information on a device, such as unique identifiers, and process personal data for personalised advertising and content measurement.',
      "With your permission we and our partners may use precise geolocation data. You may click to consent to our and our 143 partners' processing as described above.",
      'Your preferences will apply to this website only. You can change your preferences at any time by returning to this site.',
      'MORE OPTIONS\nREJECT ALL\nACCEPT ALL',
      'The Harbour Post',
      'Your town. Your news.',
      'Menu\nHome\nNews\nSport\nWeather',
      'Warehouse fire brought under control after six hours',
      story,
      // A story about privacy reports such wording; it does not speak it to the reader.
      'The regulator said the firm had let its partners store and access information on devices without consent.',
    ]);
    expect(a.title).toBe('Warehouse fire brought under control after six hours');
    expect(a.publisher).toBe('The Harbour Post');
    expect(a.passages.map((p) => p.text)).toEqual([
      story,
      'The regulator said the firm had let its partners store and access information on devices without consent.',
    ]);
    const why = droppedWhy(a);
    expect(why['We value your privacy']).toBe('cookie notice (its heading)');
    expect(why['Your town. Your news.']).toBe('masthead motto');
  });

  it("drops a carousel's caption (`Item 1 of 3 ...`), and ends a summary at the wire dateline that opens the story", () => {
    const lead =
      'TALLOWBROOK, Australia, May 6 (SCW) – Fourteen coal miners were trapped underground in Queensland on Tuesday after part of the roof of a tunnel collapsed.';
    const a = readPage([
      '14 miners trapped after roof collapse at Australian coal mine',
      'By Hannah Odell',
      'Item 1 of 3 Emergency vehicles are parked at the entrance to the coal mine, May 6, 2025. SCW/Tom Vail',
      'Key points',
      'Roof fell at 2:40 a.m. local time',
      '17 of 31 night-shift workers reached the surface',
      lead,
      story,
    ]);
    expect(a.passages.map((p) => p.text)).toEqual([lead, story]);
    expect(a.dropped.find((d) => d.line.startsWith('Item 1 of 3'))?.why).toBe('photo caption or credit');
  });

  it("takes a consent dialog's long notice, its purposes and its buttons, a masthead over the site's date and bar, and a menu set apart by spaces", () => {
    const a = readPage([
      'Your privacy, your choice',
      'To keep The Harbour Post running, we and 214 carefully selected partners use cookies and similar technologies on your device. They let us remember your settings, count visits, keep the site secure, tailor the adverts and articles you see and find out which of them work, and some of our partners may also use information about your approximate location and the device you are using.',
      'Clicking "Accept all" means you agree to all of these uses.',
      'Purposes\nStoring and reading information on your device\nChoosing basic adverts\nSee all 214 partners',
      'MORE OPTIONS    REJECT ALL    ACCEPT ALL',
      'The Harbour Post',
      'Thursday 25 April 2019',
      'Subscribe from €1    Log in    Newsletters    Search',
      'News  Sport  Business  Entertainment  Lifestyle',
      'Warehouse fire brought under control after six hours',
      story,
    ]);
    expect(a.title).toBe('Warehouse fire brought under control after six hours');
    expect(a.publisher).toBe('The Harbour Post');
    expect(a.date).toBe('2019-04-25');
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    const why = droppedWhy(a);
    expect(why['Choosing basic adverts']).toBe('cookie notice');
    expect(why['News | Sport | Business | Entertainment | Lifestyle']).toBe('navigation');
  });

  it("takes a motto over the site's sign-in bar, a date and weather bar, a newsletter's browser link and a print edition's note for what they are", () => {
    const a = readPage([
      'View this email in your browser',
      'The Harbour Gazette',
      "Port Ellison's independent daily since 1911",
      'Sign in | Subscribe | E-Edition',
      'Wednesday, 24 April 2019 | Port Ellison 11°C, showers',
      'Warehouse fire brought under control after six hours',
      'Thursday, April 25, 2019 · 6 min read',
      'This article appeared in print on Friday, April 26, 2019, Page A8.',
      story,
    ]);
    expect(a.title).toBe('Warehouse fire brought under control after six hours');
    expect(a.publisher).toBe('The Harbour Gazette');
    expect(a.date).toBe('2019-04-25');
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    const why = droppedWhy(a);
    expect(why["Port Ellison's independent daily since 1911"]).toBe('masthead motto');
    expect(why['Wednesday, 24 April 2019 | Port Ellison 11°C, showers']).toBe('weather widget');
    expect(why['View this email in your browser']).toBe('page notice');
  });

  it('reads no section of a menu (`TV Guide`) as the publisher when the masthead follows the menu', () => {
    const a = readPage([
      'Home\nNews\nSport\nWeather\nRadio\nTV Guide\nSearch',
      'HALCYON NEWS',
      'Warehouse fire brought under control after six hours',
      '24 April 2019',
      story,
    ]);
    expect(a.publisher).toBe('HALCYON NEWS');
    expect(a.title).toBe('Warehouse fire brought under control after six hours');
  });

  it('keeps a headline that a share bar follows, and a short paragraph that is not a caption', () => {
    const a = cleanArticle('x.txt', ['Warehouse fire brought under control', 'Share\nFacebook\nEmail', story, 'Nobody was hurt.'].join('\n\n'));
    expect(a.title).toBe('Warehouse fire brought under control');
    expect(a.passages.map((p) => p.text)).toEqual([story, 'Nobody was hurt.']);
  });

  it("drops a live blog's list of key events (`13:20 Second death confirmed`), and keeps an entry that opens with its time", () => {
    const entry = '13:20 The company said a second crew member had died, and that one was still missing.';
    const page = ['Ferry fire live', 'Key events\n21:40 Fire crews working through the night\n13:20 Second death confirmed', entry].join('\n\n');
    const a = cleanArticle('x.txt', page);
    expect(a.passages.map((p) => p.text)).toEqual([entry]);
    expect(a.dropped.find((d) => d.line === '13:20 Second death confirmed')?.why).toBe('key event link');
  });

  it("reads a name stacked over its role and the date as the byline, and the role as the byline's", () => {
    const a = readPage([
      'Warehouse fire brought under control after six hours',
      'Crews worked through the night to stop the blaze reaching homes nearby',
      'Conor Whelan',
      'Transport Correspondent',
      'Thu Jun 19 2025 - 14:20',
      story,
    ]);
    expect(a.authors).toEqual(['Conor Whelan']);
    expect(a.passages.map((p) => [p.heading, p.text])).toEqual([[null, story]]);
    expect(a.dropped.find((d) => d.line === 'Transport Correspondent')?.why).toBe('byline (role)');
  });

  it("drops the author's box closing the story, and keeps a closing paragraph about someone else", () => {
    const last = 'Jane Doe is a senior writer for the weekend magazine.';
    const a = cleanArticle('x.txt', ['Warehouse fire', 'By Jane Doe', story, last].join('\n\n'));
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    expect(a.dropped.find((d) => d.line === last)?.why).toBe('author bio');
    const other = 'John Roe is a firefighter who was first on the scene.';
    expect(cleanArticle('x.txt', ['Warehouse fire', 'By Jane Doe', story, other].join('\n\n')).passages.map((p) => p.text)).toEqual([story, other]);
  });

  it("drops an author's box by first name before the page's closing notices, and the notices", () => {
    const bio = 'Jane covers fires and floods across the north. She previously reported from Leeds.';
    const notices = [
      'All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.',
      'This service may include material from Reuters and other agencies, which cannot be reproduced.',
    ];
    const a = cleanArticle('x.txt', ['Warehouse fire', 'By Jane Doe', story, bio, ...notices].join('\n\n'));
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    const why = droppedWhy(a);
    expect(why[bio]).toBe('author bio');
    expect(why[notices[0]!]).toBe('page notice');
    expect(why[notices[1]!]).toBe('page notice');
    expect(a.agency).toBeNull();
  });

  it("drops a video's short caption with its credit, and keeps a story paragraph ending in one", () => {
    const long = `${story} Crews stayed at the site overnight to damp down hot spots. Video: Harbour TV`;
    const a = cleanArticle('x.txt', ['Warehouse fire', 'Crews spray the roof on Monday. Video: Harbour TV', long].join('\n\n'));
    expect(a.passages.map((p) => p.text)).toEqual([long.replace(' Video: Harbour TV', '')]);
  });

  it("drops a caption under a page's share buttons with the credit under it, and a gallery's pictures with their counters", () => {
    const header = ['Share', 'Facebook', 'Comments (23)', 'Residents packed the public gallery for the meeting', '(Image: Mark Penhallow / Valley Echo)'];
    const picture = ['1 / 8', 'Crews carry their rafts down the slipway ahead of the 11am start.', 'Photograph: Tomasz Rydell/Westmarch Herald'];
    const a = cleanArticle(
      'x.txt',
      ['Warehouse fire', header.join('\n'), story, picture.join('\n'), 'Crews stayed at the site overnight to damp down hot spots.'].join('\n\n'),
    );
    expect(a.passages.map((p) => p.text)).toEqual([story, 'Crews stayed at the site overnight to damp down hot spots.']);
  });

  it('reads a `Key facts` box between the byline and the story as a summary, with the standfirst above it', () => {
    const standfirst = 'Drivers on all four tram routes will walk out for 48 hours from Thursday.';
    const a = readPage([
      'Tram strike: what you need to know',
      standfirst,
      'By Imogen Farrant, Transport Correspondent',
      'Key facts\n• Who: About 410 tram drivers\n• When: from Thursday',
      story,
    ]);
    expect(a.passages.map((p) => p.text)).toEqual([story]);
    expect(a.dropped.filter((d) => d.why === 'standfirst (summary above the story)').map((d) => d.line)).toEqual([
      standfirst,
      '• Who: About 410 tram drivers',
      '• When: from Thursday',
    ]);
  });

  it("drops a video's caption under its player, labelled `VIDEO:` or ending on its running time, and keeps the story", () => {
    const lines = ['VIDEO: Crews spray the roof as the fire spreads (0:58)', 'Firefighters describe the first hour inside the warehouse (1:12)'];
    const after = 'Crews stayed at the site overnight to damp down hot spots, and the road outside stayed closed until Tuesday.';
    const a = cleanArticle('x.txt', ['Warehouse fire', lines[0], story, lines[1], after].join('\n\n'));
    expect(a.passages.map((p) => p.text)).toEqual([story, after]);
    for (const line of lines) expect(a.dropped.find((d) => d.line === line)?.why).toBe('photo caption or credit');
  });

  it('finds the headline over the byline when chrome the rules do not know stands above it (a motto, a sign-in bar, a kicker)', () => {
    const byline = 'By Jane Doe, Fire Reporter';
    const date = 'Tuesday, March 4, 2025 - 14:06 GMT';
    const headline = 'Warehouse fire brought under control after six hours';
    const withMotto = readPage([
      'The Harbour Post',
      'Serving the harbour towns since 1901',
      'Sign in   Start free trial',
      'You have 2 free articles left this month. Subscribe for unlimited access.',
      'NEWS',
      headline,
      byline,
      date,
      story,
    ]);
    expect(withMotto.title).toBe(headline);
    expect(withMotto.passages.map((p) => p.text)).toEqual([story]);
    expect(withMotto.dropped.find((d) => d.line === 'Serving the harbour towns since 1901')?.why).toBe('page header (above the headline)');
    // A kicker over the headline, a standfirst under it, and a byline with no `By`.
    const standfirst = 'The blaze was the third at the site this year. Neighbours want answers.';
    const kicked = cleanArticle('x.txt', ['Opinion · Fire safety', headline, standfirst, 'Jane Doe', 'Thursday 6 March 2025', story].join('\n\n'));
    expect(kicked.title).toBe(headline);
    expect(kicked.authors).toEqual(['Jane Doe']);
    // A headline on the first line stays, over a standfirst and a player's label.
    const plain = cleanArticle('x.txt', [headline, 'Video duration 2:14', 'Published 2 hours ago', story].join('\n\n'));
    expect(plain.title).toBe(headline);
  });

  it("reads a saved e-mail's header: its subject is the headline, its sender the publisher", () => {
    const a = readPage([
      'From: The Harbour Post <briefing@news.harbourpost.example>\nSubject: Fwd: Morning briefing: warehouse fire out\nDate: Monday, May 12, 2025, 6:30 AM',
      'View in browser',
      story,
      'You are receiving this email because you signed up for the Morning Briefing.',
      'Manage your preferences | Unsubscribe',
      'The Harbour Post, 22 Guild Street, Harbourtown. © 2025 Harbour Post Group.',
    ]);
    expect(a.title).toBe('Morning briefing: warehouse fire out');
    expect(a.publisher).toBe('The Harbour Post');
    expect(a.date).toBe('2025-05-12');
    expect(a.passages.map((p) => p.text)).toEqual([story]);
  });

  it("drops a price strip, a market-data notice, a caption credited to an agency in capitals, a poll, a sign-up box and a readers' thread", () => {
    const a = readPage([
      'Warehouse fire brought under control',
      'FTI 100 8,412.35 +0.42%   MID 250 20,118.60 -0.11%   GBP/USD 1.2731 +0.08%',
      'Market data delayed by at least 15 minutes. Not investment advice.',
      'Firefighters damp down the roof on Monday, March 3, 2025. HARBOUR WIRE/Piet Osmund',
      story,
      'Crews stayed overnight to damp down hot spots, the service said, and the road reopened on Tuesday.',
      'The cause of the fire is being investigated, a spokesman for the service said on Tuesday.',
      'Enter your email',
      'By signing up you agree to our privacy policy. You can unsubscribe at any time.',
      "READERS' POLL",
      'Should the warehouse be rebuilt?',
      'Yes\nNo',
      '1,214 votes so far',
      'More from News',
      'Ferry timetable changes for summer',
      '87 COMMENTS',
      'Sort by: Newest',
      'harbourlights_77',
      'Nine people were in the building and they still let it burn. Says it all.',
      'Our Standards: The Harbour Wire Trust Principles.',
    ]);
    expect(a.passages.map((p) => p.text)).toEqual([
      story,
      'Crews stayed overnight to damp down hot spots, the service said, and the road reopened on Tuesday.',
      'The cause of the fire is being investigated, a spokesman for the service said on Tuesday.',
    ]);
    const why = droppedWhy(a);
    expect(a.dropped.find((d) => d.line.startsWith('FTI 100'))?.why).toBe('market data');
    expect(why['Market data delayed by at least 15 minutes. Not investment advice.']).toBe('market data');
    expect(why['By signing up you agree to our privacy policy. You can unsubscribe at any time.']).toBe('newsletter');
    expect(why['Firefighters damp down the roof on Monday, March 3, 2025. HARBOUR WIRE/Piet Osmund']).toBe('photo caption or credit');
  });
});

describe("a page's topic tag and its fields set as label over value", () => {
  const story = [
    'The ferry service between Dunrow and the islands was suspended on Friday after a storm damaged the pier at Kell Point, the operator said.',
    'Engineers will inspect the pier over the weekend, and the operator expects to say on Monday when sailings can resume.',
    'Islanders who need to reach the mainland for medical appointments will be flown out by the air ambulance service.',
  ];

  it('drops a kicker the headline repeats before its colon, and does not take it for the masthead', () => {
    const a = readPage(['Harbourline', 'Kell Point', 'Kell Point: Storm shuts island ferries', ...story, '© 2026 Harbourline']);
    expect(a.title).toBe('Kell Point: Storm shuts island ferries');
    expect(a.publisher).toBe('Harbourline');
    expect(a.dropped.find((d) => d.line === 'Kell Point')?.why).toBe('kicker (the headline repeats it)');
    expect(a.passages.map((p) => p.text)).toEqual(story);
  });

  it('reads a `Date` label over its value as the published date, even after a list of links', () => {
    const a = readPage(['Storm shuts island ferries', ...story, 'Related topics', 'Ferries', 'Storms', 'Date', '14 February 2026', 'Keywords']);
    expect(a.date).toBe('2026-02-14');
    expect(a.passages.map((p) => p.text)).toEqual(story);
    // Without the label, a bare date in a list of links is a link's, not the story's.
    expect(readPage(['Storm shuts island ferries', ...story, 'Related topics', 'Ferries', '14 February 2026']).date).toBeNull();
  });

  it('takes a date line whose day and month could be either way round for the header it is, so what is above it is the standfirst', () => {
    const standfirst = 'Sailings to the islands are off until at least Monday. The air ambulance will fly out urgent cases.';
    const a = readPage(['Storm shuts island ferries', standfirst, '04/05/2026', ...story]);
    expect(a.passages.map((p) => p.text)).toEqual(story);
    expect(a.dropped.find((d) => d.line === standfirst)?.why).toBe('standfirst (summary above the story)');
  });
});

describe('pages of more outlets: broadcasters, an English-language daily, a newsletter platform, an English edition', () => {
  const story = [
    'The county closed the Larkin Street bridge on Tuesday after inspectors found cracks in two of its concrete piers, the roads department said.',
    'Drivers are being sent along a signed detour through Milbury, which adds about ten minutes to the trip into town.',
    'Repairs are expected to take at least six weeks, and the department said it would update residents at a meeting on Thursday.',
  ];
  const texts = (a: Article): string[] => a.passages.map((p) => p.text);

  it("takes a dateline's credit that is the site's own name for no wire, and one named as a wire is for the wire", () => {
    const own = readPage(['WXTV 12 News', 'Larkin Street bridge closed', 'By Ana Ruiz', `MILBURY, Ohio (WXTV) - ${story[0]}`, story[1]!]);
    expect(own.publisher).toBe('WXTV 12 News');
    expect(own.agency).toBeNull();
    const wire = readPage(['The Milbury Courier', 'Larkin Street bridge closed', `MILBURY, Ohio (Heartland Wire) — ${story[0]}`, story[1]!]);
    expect(wire.agency).toBe('Heartland Wire');
    expect(readPage(['Larkin Street bridge closed', story[0]!, story[1]!, 'Lakeland Press contributed to this report.']).agency).toBe('Lakeland Press');
  });

  it('drops the furniture of a public broadcaster: captions credited `(Site Region: Name)`, share prompts, bare addresses, notes on the wires', () => {
    const a = readPage([
      'Larkin Street bridge closed',
      'Cracks were found in two of the piers on Monday. (WBN Central Ohio: Sam Okoro)',
      'Keep your neighbours in the loop by sharing this article',
      'wbn.example.com/news/larkin-street-bridge/88231',
      ...story,
      'WBN acknowledges the Shawnee people as the traditional custodians of the land on which we report.',
      'This website may carry material from AP and Reuters, which is copyright.',
    ]);
    expect(texts(a)).toEqual(story);
    expect(a.url).toBe('https://wbn.example.com/news/larkin-street-bridge/88231');
  });

  it('ends a summary of unpunctuated points at the first sentence', () => {
    const a = readPage(['Larkin Street bridge closed', 'Key points:', 'Two piers are cracked', 'A detour runs through Milbury', ...story]);
    expect(texts(a)).toEqual(story);
    expect(a.dropped.filter((d) => d.why.startsWith('standfirst (summary')).map((d) => d.line)).toEqual([
      'Two piers are cracked',
      'A detour runs through Milbury',
    ]);
  });

  it('reads `By Name / Staff Writer` and `By Name (with AFP)`, and drops a photo credited to the site itself or by courtesy', () => {
    const daily = readPage([
      'The Ohio Lantern',
      'Subscribe',
      'Log in',
      'Search',
      'Larkin Street bridge closed',
      'Inspectors examine a cracked pier of the Larkin Street bridge on Monday.',
      'The Ohio Lantern',
      'By Mei Tanaka / Staff Writer',
      '10:20 EST, March 3, 2026',
      story[0]!,
      'A cracked pier seen from the river.',
      'Courtesy of Milbury County roads department',
      story[1]!,
    ]);
    expect(daily.authors).toEqual(['Mei Tanaka']);
    expect(texts(daily)).toEqual([story[0], story[1]]);
    const edition = readPage([
      'Larkin Street bridge closed',
      'By Paul Girard (with AFP)',
      'The bridge over the Milbury river, on March 2, 2026.',
      'JEAN MOREAU / LA GAZETTE DE MILBURY',
      ...story,
      '"A bridge we cannot lose"',
      'The council will vote on emergency funds next week, its chair said.',
      'This article is a translation of an original published in French.',
      'Each week, a selection of our best stories, in English.',
    ]);
    expect(edition.agency).toBe('AFP');
    expect(texts(edition)).toEqual([...story, 'The council will vote on emergency funds next week, its chair said.']);
    expect(edition.passages.at(-1)?.heading).toBe('"A bridge we cannot lose"');
  });

  it("drops a newsletter platform's note on the publication and a news app's `Read in app`", () => {
    const a = readPage([
      'Larkin Street bridge closed',
      'Read in app',
      ...story,
      'The Milbury Dispatch is a reader-supported publication. Share it with a friend.',
    ]);
    expect(texts(a)).toEqual(story);
  });
});

describe("a national paper's page: its section's kicker and a picture's label", () => {
  const story = [
    'For forty years the cannery on Wharf Road packed sardines for half the coast, and the town grew up around its whistle.',
    'The building has stood empty since 2019, and the council voted on Tuesday to sell it to a developer who plans flats.',
    'Some residents want the old packing hall kept as a museum, and a petition asking for that has gathered 2,000 names.',
  ];

  it('takes the copyright owner the page names again for the site, over a kicker named once above the headline', () => {
    const a = readPage([
      'Skip to content',
      'Sections',
      'Log in',
      'Coastal Towns',
      'A Cannery Town Decides What to Keep',
      'By Ines Carvalho',
      'Published March 3, 2026',
      ...story,
      'Photographs by Rui Matos for The Harbour Sentinel',
      '© 2026 The Harbour Sentinel Company',
    ]);
    expect(a.publisher).toBe('The Harbour Sentinel');
  });

  it("keeps a paragraph over a picture's `Image` label, which labels the caption under it", () => {
    const a = readPage([
      'A Cannery Town Decides What to Keep',
      `${story[0]}\n${story[1]}\nImage\nThe packing hall, empty since 2019.\nRui Matos for The Harbour Sentinel`,
      story[2]!,
    ]);
    expect(a.passages.map((p) => p.text)).toEqual(story);
  });
});

describe("a social network's post sharing an article, copied with it", () => {
  it("drops the post and its link preview, and reads the writer and the site under the article's headline", () => {
    const story = [
      'MARLOW — The footbridge over the Lune at Marlow was closed on Monday after a barge struck one of its supports, the county said.',
      'Engineers will inspect the support this week, and the county said it could not yet say when the bridge would reopen.',
    ];
    const a = readPage([
      'Facebook',
      'Marlow Residents Group',
      'Ann Hebden',
      '5h ·',
      'Footbridge is shut, full story below.',
      'WESTMOORPOST.EXAMPLE',
      'Marlow footbridge shut after barge strike',
      'Marlow footbridge closed after barge hits support',
      'Fergus Lyle',
      'Westmoor Post',
      'Published 7:15 a.m. GMT March 2, 2026',
      ...story,
    ]);
    expect(a.title).toBe('Marlow footbridge closed after barge hits support');
    expect([a.publisher, a.authors]).toEqual(['Westmoor Post', ['Fergus Lyle']]);
    expect(a.passages.map((p) => p.text)).toEqual(story);
  });
});

describe('words of either case before a capitalised name, never any letter', () => {
  it('reads `Reporting from <Place>` as a dateline line and `Republished by <Site>` as the site, not lower-case words', () => {
    const story = [
      'The harbour authority closed the north quay on Friday after a crane collapsed onto the quayside, injuring two workers.',
      'Investigators from the safety board arrived on Saturday, and the quay is expected to stay closed for at least a week.',
    ];
    const place = readPage(['Crane collapses at north quay', 'By Rhian Vaughan', 'Reporting from Port Carrow, Wales', ...story]);
    expect(place.dropped.find((d) => d.line.startsWith('Reporting from'))?.why).toBe('dateline (reporting from)');
    // A lower-case phrase after `reporting from` is a sentence's words, not a place.
    expect(
      readPage(['Crane collapses at north quay', 'reporting from my kitchen table', ...story]).dropped.some((d) => d.why === 'dateline (reporting from)'),
    ).toBe(false);
    const site = readPage(['Crane collapses at north quay', ...story, '© 2026 Reuters. Republished by the Carrow Courier under licence.']);
    expect(site.publisher).toBe('Carrow Courier');
    expect(readPage(['Crane collapses at north quay', ...story, '© 2026 Reuters. Republished by permission.']).publisher).not.toBe('permission');
  });
});

describe('pages of a sixth round: a public broadcaster, a tabloid, a magazine, a regional portal, a cached copy, a forum post', () => {
  const story = [
    'The lock keepers on the Alder Canal walked out on Tuesday after talks on night shifts broke down, the union said.',
    'Boats were left queuing at the Millbeck flight for most of the day, and the canal trust said it could not say when the locks would reopen.',
    'The trust said it would meet union officials again on Thursday, and urged boaters to check its website before setting off.',
  ];
  const texts = (a: Article): string[] => a.passages.map((p) => p.text);

  it("reads `Name · Outlet` and `Written by Name | Town | Updated: ...`, and drops an audio player's and a video's furniture", () => {
    const a = readPage([
      'Lock keepers strike on the Alder Canal',
      'Nadia Pryce · WRN News',
      'Posted: Mar 03, 2026 6:00 AM EST',
      'Social Sharing',
      `Listen to this article\nEstimated 3 minutes\nThe audio version of this article is generated by text-to-speech.`,
      story[0]!,
      'WATCH | Boats queue at the Millbeck flight:\nDuration 1:40\nBoaters waited for hours as the locks stayed shut on Tuesday.',
      story[1]!,
      story[2]!,
      'ABOUT THE AUTHOR',
      'Nadia Pryce is a reporter with WRN News in Millbeck.',
    ]);
    expect([a.authors, a.publisher]).toEqual([['Nadia Pryce'], 'WRN News']);
    expect(texts(a)).toEqual(story);
    const portal = readPage([
      'Lock keepers strike on the Alder Canal',
      'Written by Ravi Menon | Millbeck | Updated: March 3, 2026 09:10 IST',
      'Follow Us',
      'Share',
      ...story,
    ]);
    expect([portal.authors, portal.date]).toEqual([['Ravi Menon'], '2026-03-03']);
  });

  it("takes a tabloid's unbulleted points for the standfirst, and drops a sign-up box and a writer's card", () => {
    const a = readPage([
      'STRIKE CHAOS',
      'Lock keepers walk out and leave hundreds of boats stranded on the Alder Canal',
      'Boats queued for hours at the Millbeck flight',
      'The union blames a row over night shifts',
      'By Ollie Grant, Transport Reporter',
      'Published: 10:12, 3 March 2026',
      ...story,
      'Newsletter',
      'The Canal Week: every Friday, the news from the towpath in your inbox.',
      'Subscribe for free',
      'Ollie Grant',
      'Reporter covering transport and the waterways.',
    ]);
    expect(texts(a)).toEqual(story);
    expect(a.dropped.filter((d) => d.why.startsWith('standfirst (summary')).map((d) => d.line)).toEqual([
      'Boats queued for hours at the Millbeck flight',
      'The union blames a row over night shifts',
    ]);
  });

  it("reads a magazine's kicker, translation note, German date and `(dpa)` dateline, and a subheading after a links box", () => {
    const a = readPage([
      'Canal trouble in the north',
      'Why the locks at Millbeck are shut again',
      'This article was translated from German and reviewed by our editors.',
      '03.03.2026, 10.15 Uhr',
      `Millbeck (dpa) – ${story[0]}`,
      'More on this topic',
      'Canal trust: repairs to Millbeck flight delayed to 2027',
      'Boaters warned of low water',
      story[1]!,
      story[2]!,
    ]);
    expect([a.title, a.date, a.agency]).toEqual(['Why the locks at Millbeck are shut again', '2026-03-03', 'dpa']);
    expect(texts(a)).toEqual([`Millbeck (dpa) – ${story[0]}`, story[1], story[2]]);
    const resumed = readPage([
      'Lock keepers strike on the Alder Canal',
      story[0]!,
      'Related stories',
      'Canal trust: repairs to Millbeck flight delayed',
      'Talks end without deal',
      `${story[1]} ${story[2]}`,
    ]);
    expect(resumed.passages.at(-1)?.heading).toBe('Talks end without deal');
  });

  it("reads a cached copy and a forum post of the article: the cache's notice, the post's `Source:` line and the dateline on its own line", () => {
    const cached = readPage([
      'This is the cached version of https://www.millbeckpost.example/news/locks-strike',
      'It shows the page as it looked when our crawler last visited it. The live page may have changed since then.',
      'Go to current page',
      'Lock keepers strike on the Alder Canal',
      'By Ollie Grant',
      ...story,
    ]);
    expect(cached.title).toBe('Lock keepers strike on the Alder Canal');
    expect(texts(cached)).toEqual(story);
    const post = readPage([
      'Lock keepers strike on the Alder Canal',
      'News',
      'Source: The Millbeck Post, March 3, 2026',
      'Pasting the whole thing since the Post is paywalled, link in the comments.',
      'By Ollie Grant',
      'MILLBECK —',
      ...story,
      'Comments Section',
      'towpath_tom',
      'About time someone reported this properly. The night shifts have been a mess for a year.',
    ]);
    expect([post.title, post.publisher, post.date]).toEqual(['Lock keepers strike on the Alder Canal', 'The Millbeck Post', '2026-03-03']);
    expect(texts(post)).toEqual(story);
  });
});

describe('pages of a seventh round: a stock-news site, a radio station, a regional site crediting agencies', () => {
  const story = [
    'PORT WELLS, March 2 (Harbourline Wire) - Castor Foods said on Monday it would buy a rival snack maker for $300 million in cash.',
    'Shares of Castor rose 4% in early trading, and the company said the deal would close by the end of the year.',
    'Analysts said the price was fair given the rival brand sales growth in the past two years and its strong distribution.',
  ];
  const texts = (a: Article): string[] => a.passages.map((p) => p.text);

  it("reads a stock-news page: a search box's placeholder, a wire named alone under the byline, ads and a quotes box", () => {
    const a = readPage([
      'Tickerline',
      'Markets',
      'Stocks',
      'Search for news, symbols or companies',
      'Castor Foods to buy rival snack maker for $300 million',
      'By Lena Ortiz',
      'Harbourline Wire',
      'Mon, Mar 2, 2026, 8:10 AM EST',
      story[0]!,
      'Ad',
      story[1]!,
      'Story continues',
      story[2]!,
      'Related Quotes',
      'Castor Foods Inc.',
      'Brightbite Snacks Corp.',
    ]);
    expect([a.title, a.agency]).toEqual(['Castor Foods to buy rival snack maker for $300 million', 'Harbourline Wire']);
    expect(texts(a)).toEqual(story);
  });

  it("reads a radio station's story: the show's label, its audio player, the host, a quoted subheading and the station's appeal", () => {
    const a = readPage([
      'As heard on Morning Line',
      'Castor Foods to buy rival snack maker for $300 million',
      'By Lena Ortiz',
      'March 2, 2026 · 8:10 AM EST',
      'Listen · 3:05',
      'Download',
      'Host',
      story[0]!,
      '‘A fair price for a growing brand’',
      story[1]!,
      story[2]!,
      'Support local journalism',
      'Valley Radio is listener-supported. Give today to keep stories like this on the air.',
      'Morning Line',
      'Weekdays at 7 a.m. on 91.5 FM',
      'More Episodes',
    ]);
    expect(a.title).toBe('Castor Foods to buy rival snack maker for $300 million');
    expect(texts(a)).toEqual(story);
    expect(a.passages[1]?.heading).toBe('‘A fair price for a growing brand’');
  });

  it('keeps the last paragraph over `Source: Agencies`, which credits the story, not a picture', () => {
    const a = readPage(['Castor Foods to buy rival snack maker', `${story[1]}\n${story[2]}\nSource: Agencies`]);
    expect(texts(a)).toEqual([story[1], story[2]]);
  });
});

describe("pages of an eighth round: a labelled premium story, a health site's end matter, a partner site's notes", () => {
  const story = [
    'The district council voted on Friday to spend $2 million on a rock wall to protect the beach road from erosion.',
    'The wall will run for 300 metres along the most exposed stretch, and work is due to start before winter.',
    'Councillors who voted against it said the money would be better spent on moving the road inland over time.',
  ];
  const texts = (a: Article): string[] => a.passages.map((p) => p.text);

  it("drops a premium label's notes, an advertising link, another piece's teaser and a `Latest from` list", () => {
    const a = readPage([
      'Council backs rock wall for beach road',
      'By Mere Walker',
      story[0]!,
      'Advertise with Harbour Media',
      story[1]!,
      'Analysis: Why rock walls only buy time',
      story[2]!,
      'This is a Premium story. Friends without a subscription will be asked to sign in before reading.',
      'Latest from Local news',
      'Harbour dredging to resume in May',
    ]);
    expect(texts(a)).toEqual(story);
  });

  it('takes takeaways and sources after the story for its end, and drops a partner note, a language link and a newsletter pitch', () => {
    const a = readPage([
      'Council backs rock wall for beach road',
      'By Mere Walker',
      ...story,
      'This article is part of a cross-border reporting partnership between two regional papers.',
      'Lire cet article en français',
      'Every Monday: the region in English, in your inbox.',
      'Key takeaways',
      'The wall costs $2 million and runs for 300 metres.',
      'Work starts before winter.',
      'Sources',
      '1. District council minutes, March 6, 2026.',
    ]);
    expect(texts(a)).toEqual(story);
  });
});
