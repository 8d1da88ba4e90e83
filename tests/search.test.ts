/** The search layer: term analysis and finding passages. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeTerm, contentTerms, tokenize } from '../src/search/tokenizer.ts';
import { seedEngine } from './helpers.ts';
import type { QuestionType } from '../src/shared/questionType.ts';
import { typeSignal } from '../src/search/typeSignals.ts';
import { PassageIndex } from '../src/search/passageIndex.ts';
import { RELATED } from '../src/search/relatedTerms.ts';
import { termSimilarity } from '../src/search/termVectors.ts';
import { cleanArticle } from '../src/ingest/cleanArticle.ts';

const engine = await seedEngine();
const first = (q: string, type?: QuestionType) => engine.index.find(q, { type })[0]?.passage.text ?? null;

describe('word rarity', () => {
  it('weighs a word by general English as well as by the folder: `said` common, `foundation` rare, though each is in one sentence here', () => {
    const articles = [cleanArticle('a.txt', 'Notes\n\nThe mayor said so. The foundation was laid.')];
    const withBackground = new PassageIndex(articles);
    const alone = new PassageIndex(articles, undefined, null);
    const said = analyzeTerm('said')!;
    const foundation = analyzeTerm('foundation')!;
    expect(alone.idf(said)).toBe(alone.idf(foundation));
    expect(withBackground.idf(said)).toBeLessThan(withBackground.idf(foundation));
  });

  it("weighs the folder's own topic word, in every sentence, below a word one sentence holds, though general English lacks the topic word", () => {
    const sentences = [
      'The Cliona Star sailed at midnight.',
      'The Cliona Star caught fire.',
      'Smoke filled the Cliona Star.',
      'Her captain ordered everyone off.',
    ];
    const index = new PassageIndex([cleanArticle('a.txt', `Ferry fire\n\n${sentences.join('\n\n')}`)]);
    expect(index.idf(analyzeTerm('cliona')!)).toBeLessThan(index.idf(analyzeTerm('captain')!));
  });
});

describe('words of like meaning', () => {
  it('finds the passage that says in other words what the question asks (financed / funded), and only with the related terms', () => {
    const articles = [
      cleanArticle(
        'a.txt',
        'Bridge notes\n\nThe new bridge was painted by local artists over the summer.\n\nThe new bridge was funded by the state bank, officials said.',
      ),
    ];
    const related = new PassageIndex(articles).find('who financed the bridge');
    expect(related[0]?.passage.text).toMatch(/funded/);
    // The related term counts for less than the word itself in whether the passage covers the question.
    expect(related[0]!.coverage).toBeLessThan(new PassageIndex(articles).find('who funded the bridge')[0]!.coverage);
    // Without them `financed` is a word no article holds, and `bridge`, in every sentence, is too weak a match alone.
    expect(new PassageIndex(articles, undefined, null).find('who financed the bridge')).toEqual([]);
  });

  it('finds a passage that says the whole question in other words, beside one that shares a single word', () => {
    const articles = [
      cleanArticle('a.txt', 'Bridge notes\n\nPeople came to the opening on Saturday.\n\nIts construction employed around 400 workers over three years.'),
    ];
    const hits = new PassageIndex(articles).find('people worked on building it');
    const said = hits.find((h) => /workers/.test(h.passage.text));
    // Matched only through related words (work / worker, build / construct), it still scores and is found...
    expect(said?.score).toBeGreaterThan(0);
    // ...and covers more of the question than the passage sharing one word, though less than the words themselves would.
    expect(said!.coverage).toBeGreaterThan(hits.find((h) => /People/.test(h.passage.text))!.coverage);
    expect(said!.coverage).toBeLessThan(1);
  });

  it('relates the forms of one word family both ways (work / worker), not only where the word vectors agree', () => {
    const related = (word: string): string[] => RELATED.of(analyzeTerm(word)!).map(([t]) => t);
    expect(related('work')).toContain(analyzeTerm('worker'));
    expect(related('worker')).toContain(analyzeTerm('work'));
  });

  it('never swaps a name the question gives for a related one', () => {
    const [near] = RELATED.of(analyzeTerm('fund')!);
    expect(near?.[0]).toBe(analyzeTerm('finance'));
    // "Finance" capitalised mid-question is a name: an article that only says "funded" does not answer it.
    const articles = [cleanArticle('a.txt', 'Notes\n\nThe new bridge was funded by the state bank.')];
    expect(new PassageIndex(articles).find('who did Finance pay for the bridge')).toEqual([]);
  });
});

describe('word vectors', () => {
  const term = (word: string): string => analyzeTerm(word)!;

  it('grade how alike two terms are in use: a word is most like itself, a synonym more than an unrelated word', () => {
    expect(termSimilarity(term('trapped'), term('trapped'))).toBe(1);
    expect(termSimilarity(term('grandfather'), term('grandpa'))).toBeGreaterThan(0.3);
    expect(termSimilarity(term('grandfather'), term('grandpa'))).toBeGreaterThan(termSimilarity(term('grandfather'), term('ferry')));
    expect(termSimilarity(term('trapped'), term('stranded'))).toBeGreaterThan(termSimilarity(term('trapped'), term('election')));
    expect(Math.abs(termSimilarity(term('ferry'), term('ferry') + 'x'))).toBe(0);
  });

  it('know nothing of a term outside their vocabulary: a name is like nothing but itself', () => {
    expect(termSimilarity('wojcikowski', 'captain')).toBe(0);
    expect(termSimilarity('wojcikowski', 'wojcikowski')).toBe(1);
  });
});

describe('misspelt question words', () => {
  const articles = [cleanArticle('a.txt', 'Ferry fire\n\nThe captain told the investigation that the alarm sounded at 2am.')];
  const index = new PassageIndex(articles);

  it('reads a misspelt word as the article word it stands for, by an edit or a swap, keeping its capital', () => {
    expect(index.correctSpelling('why did the investigaton start')).toBe('why did the investigation start');
    expect(index.correctSpelling('Captian of the ferry')).toBe('Captain of the ferry');
    // Stemming put the misspelling out of the fuzzy search's reach; corrected, the passage is found.
    expect(index.find('investigaton report')).toEqual([]);
    expect(index.find(index.correctSpelling('investigaton report')).length).toBe(1);
  });

  it('reads a misspelling as the word the caller prefers among those one edit away, else the commonest', () => {
    const folder = new PassageIndex([
      cleanArticle('a.txt', 'Launch\n\nThe launch was delayed.'),
      cleanArticle('b.txt', 'Jokes\n\nThey laugh. We laugh. All laugh.'),
    ]);
    expect(folder.correctSpelling('why was the lauch delayed')).toBe('why was the laugh delayed');
    expect(folder.correctSpelling('why was the lauch delayed', new Set(['launch']))).toBe('why was the launch delayed');
  });

  it('leaves alone words the articles hold, real English words they lack, and words of three letters', () => {
    expect(index.correctSpelling('the alarm sounded altogether')).toBe('the alarm sounded altogether');
    expect(index.correctSpelling('how many pepl')).toBe('how many pepl');
    expect(index.correctSpelling('the zxqwv report')).toBe('the zxqwv report');
  });

  it('reads lower-case chat shorthand as the word it stands for, unless the articles write it as a word', () => {
    expect(index.correctSpelling('how many ppl saw the alarm, abt 2 yrs ago')).toBe('how many people saw the alarm, about 2 years ago');
    // `BC` is a place, not `because`; `ppl` in articles that use it is their word.
    expect(index.correctSpelling('the captain in BC')).toBe('the captain in BC');
    const own = new PassageIndex([cleanArticle('b.txt', 'Slang\n\nThe ppl of the town met the captain.')]);
    expect(own.correctSpelling('how many ppl')).toBe('how many ppl');
    // Read as `people`, the question's words are the articles' own: the passage covers more of it.
    const crowd = new PassageIndex([cleanArticle('c.txt', 'Ferry fire\n\nThere were 489 people on the ferry when the fire started.')]);
    const typed = crowd.find('how many ppl were on the ferry altogether')[0]?.coverage ?? 0;
    expect(crowd.find(crowd.correctSpelling('how many ppl were on the ferry altogether'))[0]!.coverage).toBeGreaterThan(typed);
  });
});

describe('a question word the articles write otherwise', () => {
  const index = new PassageIndex([
    cleanArticle('a.txt', 'Launch\n\nLift-off was pushed back from the planned 14:30 GMT slot. Seventeen workers reached the surface, and 4 boats stood by.'),
  ]);

  it('is read as they write it: a number in words or digits, a closed compound they hyphenate', () => {
    expect(index.correctSpelling('when were the 17 back on the surface')).toBe('when were the seventeen back on the surface');
    expect(index.correctSpelling('how many of the four boats')).toBe('how many of the 4 boats');
    expect(index.correctSpelling('what time was liftoff planned')).toBe('what time was lift-off planned');
    // Read as they write it, the question's words are the article's own: the passage covers more of it.
    const typed = index.find('liftoff slot')[0]?.coverage ?? 0;
    expect(index.find(index.correctSpelling('liftoff slot'))[0]!.coverage).toBeGreaterThan(typed);
  });

  it('is left alone when they use it as it is, or write it no other way', () => {
    const both = new PassageIndex([cleanArticle('b.txt', 'Rescue\n\nSeventeen workers escaped; 17 of them walked out. The liftoff was late.')]);
    expect(both.correctSpelling('the 17 who escaped and the liftoff')).toBe('the 17 who escaped and the liftoff');
    // `one` is a pronoun as often as a number, and a hundred is never written `100` in a question's place.
    expect(index.correctSpelling('the one who left at 21')).toBe('the one who left at 21');
  });
});

describe("the words a question's form adds", () => {
  it('weigh as light words in deciding whether the articles answer (`how far` searched as `far away distance`)', () => {
    const index = new PassageIndex([
      cleanArticle('v.txt', 'Rocket failure\n\nResidents of Treswithen, a fishing village 19 km along the coast, found wreckage.'),
      cleanArticle('w.txt', 'Launch\n\nThe rocket left the launch pad on Monday.'),
    ]);
    const query = 'far away distance fishing village launch';
    const plain = index.find(query)[0]?.coverage ?? 0;
    const light = index.find(query, { formTerms: new Set(contentTerms('far away distance')) })[0]!;
    expect(light.passage.source).toBe('v.txt');
    expect(light.coverage).toBeGreaterThan(plain);
  });
});

describe('a paragraph read with the one before it', () => {
  it('counts a question word the paragraph before holds, at a discount, in its coverage', () => {
    const ferry = 'The Cliona Star ferry caught fire off Holyhead on Wednesday night.';
    const captain = 'Its captain, Ruairí Brennan, gave the order to abandon ship at 2:31 a.m.';
    const coverageOf = (articles: ReturnType<typeof cleanArticle>[]): number =>
      new PassageIndex(articles).find('which captain of the Cliona Star gave the order to abandon ship').find((h) => h.passage.text === captain)?.coverage ?? 0;
    const together = coverageOf([cleanArticle('a.txt', `Night at sea\n\n${ferry}\n\n${captain}`)]);
    const apart = coverageOf([cleanArticle('a.txt', `Night at sea\n\n${ferry}`), cleanArticle('b.txt', `Orders\n\n${captain}`)]);
    expect(together).toBeGreaterThan(apart);
    expect(together).toBeLessThan(1);
  });
});

describe('names the articles do not mention', () => {
  it('abstains on a name no article holds, but not on a short abbreviation the articles may spell out (`PM`)', () => {
    const index = new PassageIndex([cleanArticle('a.txt', 'Visit\n\nThe Japanese prime minister landed at Gimhae airport on Wednesday evening.')]);
    expect(index.find('which airport did the Japanese PM land at').map((h) => h.article.source)).toEqual(['a.txt']);
    expect(index.find('which airport did Tesla land at')).toEqual([]);
  });

  it('knows a name typed in lower case by its word alone (`eiffel`), but not a word that is also an ordinary one', () => {
    const index = new PassageIndex([
      cleanArticle('a.txt', 'Visit\n\nThe Japanese prime minister landed at Gimhae airport on Wednesday evening near the tower, on his way to Pyongyang.'),
    ]);
    expect(index.find('where is the eiffel tower')).toEqual([]);
    expect(index.find('where is the Eiffel tower')).toEqual([]);
    // `frontier` and `grandpa` are words the articles lack, not names: the rest of the question still finds the passage.
    expect(index.find('which airport near the frontier did the japanese prime minister land at').map((h) => h.article.source)).toEqual(['a.txt']);
    // A lower-case name the articles hold is matched as any word is.
    expect(index.find('which airport did the minister land at on his way to pyongyang').map((h) => h.article.source)).toEqual(['a.txt']);
  });
});

describe('questions the articles match only weakly', () => {
  const bridge = cleanArticle(
    'b.txt',
    'Bridge opens\n\nThe new bridge over the river opened on Monday after years of delay.\n\nThe largest crowd in the town for a decade watched the mayor cut the ribbon, and a sign welcomed visitors.',
  );

  it('gives no passages when what the articles hold is the common part of the question', () => {
    const index = new PassageIndex([bridge]);
    // `years`, `largest`, `sign` are the articles' words, but `leap`, `ocean`, `hollywood` are what is asked about.
    expect(index.find('why do we have leap years')).toEqual([]);
    expect(index.find('whats the largest ocean')).toEqual([]);
    expect(index.find('where is the hollywood sign')).toEqual([]);
  });

  it('still finds the passage when only a common word of the question is missing, or a misspelt one', () => {
    const index = new PassageIndex([bridge]);
    expect(index.find('when did the new river bridge finally open').map((h) => h.passage.text)).toEqual([bridge.passages[0]!.text]);
    // A word the background sample hardly knows (a misspelling, a new word) weighs no more than a rare one.
    expect(index.find('which offical cut the ribbon at the bridge')[0]?.passage.text).toMatch(/ribbon/);
  });

  it('gives no passages when the best sentence matches less than one telling word is worth', () => {
    const crowds = Array.from({ length: 30 }, (_, i) => cleanArticle(`c-${i}.txt`, `Crowds\n\nThe crowd grew in town ${i} on Monday.`));
    const index = new PassageIndex(crowds);
    // `crowd` is in every sentence: matching it alone tells nothing.
    expect(index.find('how big was the crowd')).toEqual([]);
    expect(index.find('how big was the crowd in town 3')[0]?.passage.text).toMatch(/town 3/);
  });
});

describe('searching some articles only', () => {
  it('finds a scoped passage however many passages outside the scope match better', () => {
    const others = Array.from({ length: 30 }, (_, i) =>
      cleanArticle(`other-${i}.txt`, `Prices\n\nThe bridge cost, the bridge cost and the bridge cost rose again in year ${i}.`),
    );
    const story = cleanArticle('story.txt', 'Bridge\n\nThe new bridge opened on Monday after years of delay. The bridge cost about 60 million euros.');
    const index = new PassageIndex([...others, story]);
    // Fewer best sentences kept than there are better matches outside the scope.
    index.retrievalDepth = 5;
    const hits = index.find('how much did the bridge cost', { within: (a) => a.source === 'story.txt' });
    expect(hits.map((h) => h.article.source)).toEqual(['story.txt']);
  });
});

describe('term analysis', () => {
  it('matches letters typed without their stroke or ligature (Brennøy / Brennoy, Łódź / Lodz, Straße / Strasse)', () => {
    expect(analyzeTerm('Brennøy')).toBe(analyzeTerm('Brennoy'));
    expect(analyzeTerm('Łódź')).toBe(analyzeTerm('Lodz'));
    expect(analyzeTerm('Straße')).toBe(analyzeTerm('Strasse'));
    expect(analyzeTerm('Færøerne')).toBe(analyzeTerm('Faeroerne'));
  });

  it('folds case, curly apostrophes and possessives, and stems', () => {
    expect(tokenize("Pyongyang’s KIM’S Kim's")).toEqual(['pyongyang', 'kim', 'kim']);
    expect(contentTerms('The talks were held in Hanoi')).toEqual(['talk', 'hold', 'hanoi']);
    expect(analyzeTerm('met')).toBe(analyzeTerm('meeting'));
    // Porter leaves `died` and `dies` apart from `die`.
    expect(analyzeTerm('died')).toBe(analyzeTerm('die'));
    expect(analyzeTerm('dying')).toBe(analyzeTerm('dies'));
    expect(analyzeTerm('the')).toBeNull();
    expect(tokenize('a 682km journey')).toEqual(['a', '682', 'km', 'journey']);
  });

  it('reads a prefixed irregular form as its prefixed verb (underwrote / underwritten / underwrite, withdrew, upheld), and only a verb prefix', () => {
    expect(analyzeTerm('underwrote')).toBe(analyzeTerm('underwrite'));
    expect(analyzeTerm('underwritten')).toBe(analyzeTerm('underwrites'));
    expect(analyzeTerm('withdrew')).toBe(analyzeTerm('withdraw'));
    expect(analyzeTerm('upheld')).toBe(analyzeTerm('upholding'));
    expect(analyzeTerm('understood')).toBe(analyzeTerm('understand'));
    expect(analyzeTerm('overtaken')).toBe(analyzeTerm('overtake'));
    // `resent` is its own verb, not `re-sent`; `chairmen` has no verb prefix.
    expect(analyzeTerm('resent')).not.toBe(analyzeTerm('resend'));
    expect(analyzeTerm('chairmen')).not.toBe(analyzeTerm('chairman'));
  });

  it('reads a word that names a property of every object as the word (`constructor`, `toString`)', () => {
    expect(analyzeTerm('constructor')).toBe('constructor');
    expect(analyzeTerm('constructors')).toBe('constructor');
    expect(contentTerms('the constructor of the bridge')).toEqual(['constructor', 'bridg']);
  });

  it('finds the passage a question asks of in another tense of a prefixed verb', () => {
    const article = cleanArticle(
      'a.txt',
      'Bridge opens\n\nPublished: May 2, 2023\n\nThe bridge was underwritten by the regional development bank.\n\nThe mayor cut the ribbon on Saturday.',
    );
    const hits = new PassageIndex([article]).find('who underwrote the bridge');
    expect(hits[0]?.passage.text).toMatch(/underwritten/);
  });
});

describe('type cues', () => {
  it('sees a passage that can say why in a reason stated without a causal word', () => {
    expect(typeSignal('why', 'Engineers said the evidence pointed to a cracked valve.')).toBe(true);
    expect(typeSignal('why', 'Farmers marched on the capital, demanding higher prices.')).toBe(true);
    expect(typeSignal('why', 'Farmers marched on the capital on Monday.')).toBe(false);
  });
});

describe('finding passages', () => {
  it('tolerates typos in names without drowning exact matches', () => {
    expect(first('Who did North Korea want Pompio removed from?')).toMatch(/Pompeo/);
    expect(first('train station in Vladivostock')).toBe(first('train station in Vladivostok'));
    expect(first('train station in Vladivostock')).toMatch(/Vladivostok/);
    // A five-letter word one edit off (`peple`) is still the word.
    expect(first('how many peple greeted Kim at the station')).toBe(first('how many people greeted Kim at the station'));
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(first("Pyongyang's nuclear programme standoff")).toMatch(/standoff over Pyongyang’s nuclear programme/);
  });

  it('prefers a passage holding a date for a when-question', () => {
    expect(first('did Kim cross the border into Russia', 'when')).toMatch(/Wednesday/);
  });

  it('abstains when the articles do not cover the question', () => {
    for (const q of [
      'Who won the 2018 FIFA World Cup?',
      'Why is the sky blue?',
      'Who painted the Mona Lisa?',
      'Where is Mount Everest?',
      'When did World War I end?',
    ]) {
      expect(engine.index.find(q), q).toEqual([]);
    }
  });

  it('does not abstain on questions the articles answer', () => {
    for (const q of ['Who directs the Moscow Carnegie Centre?', 'Where did Ushakov speak to reporters?', 'How many times has Kim met Xi Jinping?']) {
      expect(engine.index.find(q).length, q).toBeGreaterThan(0);
    }
  });

  it('returns at most the requested number of passages, best first', () => {
    const hits = engine.index.find('Kim Putin summit Vladivostok', { limit: 3 });
    expect(hits.length).toBe(3);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'who', 'when', 'where', 'why', 'what', 'how'), (q, type) => {
        const hits = engine.index.find(q, { type: type });
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (q) => Array.isArray(engine.index.find(q))),
      { numRuns: 200 },
    );
  });
});

describe("an article's headline as its paragraphs' context", () => {
  it('counts a question word the headline holds for every paragraph under it, and a word found nowhere still counts little', () => {
    const articles = [
      cleanArticle(
        'court.txt',
        'Man jailed for six years over theft of gold collar from Truro museum\n\nA man who smashed a display case at the county museum and took a gold collar has been jailed for six years.\n\nThe collar was recovered in a garden.',
      ),
      cleanArticle('weather.txt', 'Storm warning for the coast\n\nHeavy rain is expected along the coast on Friday, forecasters said.'),
    ];
    const index = new PassageIndex(articles);
    const hits = index.find('how long did the truro museum thief get', { limit: 3 });
    expect(hits[0]?.passage.text).toMatch(/jailed for six years/);
    // Without the headline's word the paragraph covers less of the question.
    const plain = new PassageIndex([cleanArticle('court.txt', articles[0]!.passages.map((p) => p.text).join('\n\n')), articles[1]!]);
    const without = plain.find('how long did the truro museum thief get', { limit: 3 });
    expect(without.length === 0 || without[0]!.coverage < hits[0]!.coverage).toBe(true);
    expect(index.find('how long did the zorbian museum thief get', { limit: 3 })[0]?.coverage ?? 0).toBeLessThan(hits[0]!.coverage);
  });
});
