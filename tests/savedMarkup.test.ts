/** Pages saved as Markdown or as a text browser's dump read as their words, without the save tool's markup. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/ingest/cleanArticle.ts';
import { withoutSavedMarkup } from '../src/ingest/savedMarkup.ts';

const markdownPage = `---
title: "Bridge opens to traffic | The River Times"
source: https://rivertimes.example/news/bridge-opens
author: Ana Marić
tags: [bridge, city]
---

# New bridge opens to traffic in Novi Sad

* [Home](https://rivertimes.example/)
* [News](https://rivertimes.example/news)

**The crossing took four years to build.**

![The new bridge at dusk](https://rivertimes.example/img/bridge.jpg)
The new bridge at dusk. Photo: Reuters

By Ana Marić | October 14, 2023

NOVI SAD, Serbia -- The [new bridge](https://rivertimes.example/tag/bridge "Bridge") over the Danube opened on Saturday, the city's *third* crossing since 1999.

Prime Minister [Ana Brnabic](/people/brnabic) cut the ribbon at noon, officials said.

---

Cars began crossing an hour later.
`;

const lynxDump = `   [1]Skip to main content
     * [2]Home
     * [3]News

                     New bridge opens to traffic in Novi Sad

   By [4]Ana Maric
   October 14, 2023

   NOVI SAD, Serbia -- The [5]new bridge over the Danube opened on
   Saturday, the city's third crossing since 1999.

   Prime Minister [6]Ana Brnabic cut the ribbon at noon, officials
   said.

   Cars began crossing an hour later.

References

   1. https://rivertimes.example/#main
   2. https://rivertimes.example/
   3. https://rivertimes.example/news
   4. https://rivertimes.example/author/ana
   5. https://rivertimes.example/tag/bridge
   6. https://rivertimes.example/people/brnabic
`;

const story = [
  "NOVI SAD, Serbia -- The new bridge over the Danube opened on Saturday, the city's third crossing since 1999.",
  'Prime Minister Ana Brnabic cut the ribbon at noon, officials said.',
  'Cars began crossing an hour later.',
];

describe('pages saved with a tool’s markup', () => {
  it('reads a Markdown save as the page: its headline, header fields, and paragraphs without links, images or emphasis marks', () => {
    const article = cleanArticle('a.txt', markdownPage);
    expect(article.title).toBe('New bridge opens to traffic in Novi Sad');
    expect(article.url).toBe('https://rivertimes.example/news/bridge-opens');
    expect(article.authors).toEqual(['Ana Marić']);
    expect(article.date).toBe('2023-10-14');
    expect(article.passages.map((p) => p.text)).toEqual(story);
    expect(article.passages.every((p) => p.heading === null)).toBe(true);
  });

  it('reads a text browser’s dump without its link markers or its list of addresses', () => {
    const article = cleanArticle('b.txt', lynxDump);
    expect(article.title).toBe('New bridge opens to traffic in Novi Sad');
    expect(article.authors).toEqual(['Ana Maric']);
    expect(article.date).toBe('2023-10-14');
    expect(article.passages.map((p) => p.text)).toEqual(story);
  });

  it('reads a reader view copy: the site, the headline, the writer alone on a line over the reading time', () => {
    const page = ['rivertimes.example', 'New bridge opens to traffic in Novi Sad', 'Ana Maric', '5–6 minutes', '', ...story.flatMap((p) => [p, ''])].join('\n');
    const article = cleanArticle('c.txt', page);
    expect(article.title).toBe('New bridge opens to traffic in Novi Sad');
    expect(article.authors).toEqual(['Ana Maric']);
    expect(article.passages.map((p) => p.text)).toEqual(story);
    expect(article.passages.every((p) => p.heading === null)).toBe(true);
  });

  it('reads a report quoted in `> ` lines as its words', () => {
    const quoted = ['Bridge opens to traffic in Novi Sad', '', ...story.flatMap((p) => [`> ${p}`, '>'])].join('\n');
    expect(cleanArticle('d.txt', quoted).passages.map((p) => p.text)).toEqual(story);
  });

  it('leaves a plain report as it is, asterisks and bracketed numbers included', () => {
    const plain = 'The motion passed 52-48 [1] on a *second* vote.\n\n# of seats: 100\n\nFootnote [2] follows.';
    expect(withoutSavedMarkup(plain)).toBe(plain);
  });
});
