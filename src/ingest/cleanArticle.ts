/**
 * Turns one article's raw text into its title, publisher, agency, authors, date and numbered paragraphs,
 * recording every line it drops and why. Every rule here is about the shape of news pages, never about a
 * particular story or site.
 */
import type { Article, DroppedLine, Passage, SourceOverride } from './types.ts';
import { agencyNamed, agencyOnlyLine, WIRE_NAME } from './agencies.ts';
import { NEWS_NAME } from './newsNames.ts';
import { datelineCredit, parseDateline, readDateline, readTimestampLine } from './parseDateline.ts';
import { findFullDate } from './dates.ts';
import { dateOnlyLine, yearlessDateLine } from './dateLines.ts';
import { isPersonName, readByline } from './byline.ts';
import {
  furnitureReason,
  isConsentDialogLine,
  isJobTitle,
  isMenuItem,
  isPhotoCredit,
  isPhotographerCredit,
  isTimeOnly,
  JOURNALIST_JOBS,
  RELEASE_CREDIT,
  POSITION_MARKER,
  VIDEO_CREDIT_TAIL,
} from './furniture.ts';
import { MetadataCollector } from './metadata.ts';
import { META_LINE, splitBlocks, SUMMARY_HEADER } from './splitBlocks.ts';
import { withoutSavedMarkup } from './savedMarkup.ts';
import { readFurnitureMetadata, readLeadDateline, readMetadataLine, readMetaFields, type ReadState } from './readMetadataLines.ts';
import { endsSentence, isProse, isTeaserQuestion, isTitleCased, looksLikeStorySentence, wordCount } from './proseShape.ts';
import { eitherCase } from '../shared/lexicon.ts';
import {
  bylineSiteBelow,
  isNameNextToMetadata,
  looksLikeMasthead,
  mastheadInMenu,
  mastheadName,
  MENU_WORD,
  readBreadcrumb,
  readMasthead,
  readNamesInMenu,
  SECTION_WORDS,
  splitTitleSuffix,
} from './pageHeader.ts';

export { isHardWrapped, splitBlocks } from './splitBlocks.ts';

/** A wire slug before a headline: `BFF-08, 09 `, `AM-Korea-Russia `. */
export function stripWireSlug(line: string): string {
  return line.replace(/^[A-Z]{2,}(?:-[A-Z0-9]+)+(?:,\s*\d+)*\s+(?=\S)/, '').trim();
}

/** `By Jane Doe`, `By Jane Doe and John Roe, Reuters`: who wrote it, not what it says. */
const BYLINE = /^by\s+[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von))*(?:\s*[,|–—-]\s*[\p{L} .&'’-]{1,40})?$/iu;

const WIRE_MARKER = /^(?:\(?END\)?|MORE|-30-|#{3}|(?:[A-Z]{2,}\/\s*)+\d{3,4}\s*(?:hrs|GMT)?)$/;

const SHARE_LINE = /^(?:share (?:if you like|this(?: article| story)?|on \w+)|click (?:here )?to share.*|advertisement)$/i;

/** Text that is never article content, or null for a block to keep (possibly trimmed). */
export function stripBoilerplate(block: string): string | null {
  if (WIRE_MARKER.test(block) || SHARE_LINE.test(block) || (BYLINE.test(block) && block.split(/\s+/).length <= 12)) return null;
  let text = block.replace(VIDEO_CREDIT_TAIL, '').trim();
  text = text.replace(/\s*Share if you like$/i, '').trim();
  if (/^(?:Video|Photo|Image|Picture|Credit|Source)s?:/.test(text) && text.split(/\s+/).length <= 6) return null;
  return text || null;
}

/** The heading text if the block is a section heading rather than a paragraph. */
export function headingText(block: string): string | null {
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/.exec(block);
  if (markdown) return markdown[1]!;
  const dashed = /^[–—-]+\s*(.+?)\s*[–—-]+$/.exec(block);
  if (dashed && dashed[1]!.split(/\s+/).length <= 10) return dashed[1]!;
  const words = block.split(/\s+/).length;
  // `"We are not a desert yet"`, `‘I betrayed the people who trusted me’`: a quotation set as a subheading, with no
  // sentence's punctuation inside it.
  const quoted = /^["“]([^"“”]+)["”]$|^‘([^‘]+)’$/.exec(block);
  if (quoted && words <= 8 && !/[.!?,;:–—-]/.test(quoted[1] ?? quoted[2]!)) return block;
  if (/^["“]/.test(block)) return null;
  if (block.endsWith('?') && words <= 12) return block;
  if (words <= 8 && !/[.!:;,"”’)]$/.test(block)) return block;
  return null;
}

function looksLikeParagraph(block: string): boolean {
  const words = wordCount(block);
  return words > 30 || (words > 15 && endsSentence(block));
}

/** The items of the menus dropped so far (`News | Analysis | Translations` gives three), lower-cased. */
function menuItemsDropped(dropped: readonly DroppedLine[]): Set<string> {
  return new Set(
    dropped
      .filter((d) => d.why === 'navigation')
      .flatMap((d) => d.line.split(/\s*\|\s*/))
      .map((item) =>
        item
          .replace(/^[•·*▸►>»-]\s*/, '')
          .trim()
          .toLowerCase(),
      )
      .filter(Boolean),
  );
}

/** The first sentence, cut at a word to at most 100 characters. */
function headlineFrom(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 100) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', 99))}…`;
}

const normalize = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * `Castrova` over `Castrova: Tens of thousands protest ...`: the story's topic tag (a kicker), which the headline
 * repeats before its colon; not the site's name.
 */
function isKickerOf(line: string, headline: string | undefined): boolean {
  const lead = headline !== undefined && /^[^:]{1,60}:\s/.exec(headline);
  return Boolean(lead) && normalize(line) !== '' && normalize(line) === normalize(headline!.slice(0, headline!.indexOf(':')));
}

/** `MARROW FALLS —`: an upper-case place and a dash, alone on a line over the lead. */
const DASHED_PLACE_LINE = /^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)?\s*[—–-]{1,2}$/u;

/** `Kathmandu, Nepal`: a dateline on a line of its own, with no agency or date. */
const PLACE_LINE = /^[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+)?,\s*[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+)?$/u;

/** `Key Points`, `Highlights`: a summary list above the story, not part of it. */

/** `Login to comment`, `5 Comments`: where readers' comments begin. */
const COMMENTS_HEADER =
  /^(?:log ?in to (?:comment|leave a comment)|leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|comments? section|reader comments|join the (?:conversation|discussion)|show comments|view comments|discussion about this post)\s*:?$/i;

/**
 * A line that is only a stamp (`Updated: April 25, 2019 13:44`) or only a date: its date is taken, with where it
 * came from (`bareDateOrigin` names a bare date's place). True when the line was one.
 */
function readDateLine(
  block: string,
  meta: MetadataCollector,
  bareDateOrigin: 'date line' | 'date line above the story' | 'date line before the title',
): boolean {
  const stamp = readTimestampLine(block);
  const bareDate = stamp ? null : dateOnlyLine(block);
  if (!stamp && !bareDate) return false;
  meta.addDate(stamp?.date ?? bareDate, stamp ? (stamp.isUpdate ? 'updated line' : 'published line') : bareDateOrigin, block);
  return true;
}

/** A date's label on a line of its own, its value on the next (a page's fields set as a list of labels and values). */
const DATE_LABEL = /^(?:date|published|published on|date published|first published|publication date)\s*:?$/i;

/** The date a line under a DATE_LABEL gives, or null when it holds more than a date or a timestamp. */
function labelledDate(line: string): string | null {
  const stamp = readTimestampLine(line);
  return stamp && !stamp.isUpdate ? stamp.date : dateOnlyLine(line);
}

/** A writer's card under the story opens on their job (`Journalist covering council ...`, `Senior reporter at ...`). */
const WRITER_CARD = new RegExp(`^(?:(?:senior|chief|staff|freelance|local|political)\\s+)?(?:${JOURNALIST_JOBS})\\b`, 'i');

/** Under the story, what closes it: `ABOUT THE AUTHOR`, `Key takeaways`, `Sources`, `Was this article helpful?`. */
const END_MATTER =
  /^(?:about the (?:authors?|writers?|reporters?)|key takeaways|takeaways|sources|references|citations|was this (?:article|page|story) helpful\??|how we reviewed this article:?)$/i;

/** A sign-up box's label, and its button. */
const NEWSLETTER_LABEL = /^(?:(?:our|free|daily|weekly|the)\s+)?newsletters?\s*:?$/i;
const SIGN_UP_BUTTON = /^(?:sign up|sign me up|subscribe|subscribe (?:now|for free|here)|join|get the newsletter)\s*[.!→»]?$/i;

/** What stretch of a page the blocks being read are (see cleanArticle). */
type ReadingMode = 'story' | 'links' | 'summary' | 'box' | 'comments' | 'boilerplate';

/** A line saying which app a page was shared or sent from (`Shared from Apple News`): the app's name, not the site's. */
const SHARED_FROM = new RegExp(
  String.raw`^[ \t]*(?:${eitherCase('shared', 'sent', 'posted')}) (?:from|via|with|using) (\p{Lu}[\p{L}\d&'’ .-]{1,40}?)[.!]?[ \t]*$`,
  'gmu',
);

/** A social network's name alone on a page's first line: a post shared from it. */
const SOCIAL_NETWORK = /^(?:facebook|instagram|linkedin|x|twitter|threads|reddit|mastodon|bluesky)$/i;
/** `TIDEWATERHERALD.EXAMPLE`, `www.site.co.uk`: a site's domain, written without its scheme. */
const DOMAIN = String.raw`(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}`;
/** A domain alone, as a link's preview shows its site. */
const BARE_DOMAIN = new RegExp(`^${DOMAIN}$`, 'i');
/** A page's address alone on a line (`https://...`, `Source: https://...`, a share box's `site.net.au/news/...`). */
const ADDRESS_LINE = new RegExp(String.raw`^(?:(?:source|url|link|from|printed from)\s*:\s*)?<?(https?:\/\/\S+?|${DOMAIN}\/\S*)>?$`, 'i');

/** `Sent from the Tidewell News app`: the sign-off of a news app's `share as text`, naming the outlet's app. */
const OWN_APP_SIGN_OFF = new RegExp(
  String.raw`^[ \t]*(?:${eitherCase('sent', 'shared')}) (?:from|via|with) the (\p{Lu}[\p{L}\d&'’ .-]{1,40}?) app[.!]?[ \t]*$`,
  'mu',
);

export function cleanArticle(source: string, raw: string, override: SourceOverride = {}): Article {
  const meta = new MetadataCollector();
  const state: ReadState = { meta, dropped: [], copyrightSite: null, copyrightWires: [], creditLine: null, leadCredit: null, mastheadWire: null };
  const drop = (line: string, why: string): void => {
    state.dropped.push({ line, why });
  };
  const blocks = splitBlocks(withoutSavedMarkup(raw, drop), drop);
  // A social network's post sharing the article, copied with it: the network, the group, who posted and when, the
  // post's text, then the link's preview (the site's domain over the story's headline). All of it is the post's.
  const preview = SOCIAL_NETWORK.test(blocks[0] ?? '') ? blocks.slice(1, 12).findIndex((b) => BARE_DOMAIN.test(b)) + 1 : 0;
  if (preview > 0 && blocks[preview + 1] !== undefined && wordCount(blocks[preview + 1]!) <= 25 && !endsSentence(blocks[preview + 1]!)) {
    for (const line of blocks.splice(0, preview + 2)) drop(line, 'shared post and its link preview');
  }
  // `Shared from Apple News`, `Sent from my news app`: the app the page was shared from, whose name may head it too.
  const apps = new Set([...raw.matchAll(SHARED_FROM)].map((m) => normalize(m[1]!)));
  const isApp = (line: string): boolean => apps.has(normalize(mastheadName(line)));

  // A bare address (`https://...`, `Source: https://...`, a share box's `site.net.au/news/...`) is where the
  // article was found, never its text.
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const m = ADDRESS_LINE.exec(blocks[i]!);
    if (!m) continue;
    const address = /^https?:/i.test(m[1]!) ? m[1]! : `https://${m[1]!}`;
    meta.setUrl(address, `address line "${m[1]!}"`);
    blocks.splice(i, 1);
  }
  // Header fields at the top: what they name is metadata, never the story.
  let headline: string | null = null;
  while (blocks.length > 1) {
    const m = META_LINE.exec(blocks[0]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'title' || key === 'headline' || key === 'subject') {
      // A saved e-mail's subject is its headline (`Fwd: ...` and `Re: ...` say how it travelled, not what it says).
      headline ??= key === 'subject' ? value.replace(/^(?:(?:fwd?|re)\s*:\s*)+/i, '') : value;
      meta.noteOrigin('title', `header field "${blocks[0]!}"`);
    } else if (key === 'date' || key === 'published' || key === 'updated' || key === 'sent') meta.addDate(findFullDate(value), 'header field', blocks[0]!);
    // A newsletter's sender is its publication (`From: The Dornholm Post <news@...>`); who it went to is nobody's byline.
    else if (key === 'from') {
      const sender = value
        .replace(/<[^>]*>/g, '')
        .replace(/["“”]/g, '')
        .trim();
      if (sender && !/@/.test(sender)) meta.setPublisher(sender, 'e-mail sender', blocks[0]!);
      state.dropped.push({ line: blocks[0]!, why: 'e-mail header' });
    } else if (key === 'to' || key === 'cc') state.dropped.push({ line: blocks[0]!, why: 'e-mail header' });
    // A feed reader's export: the feed is the site's (`Feed: Baltic Courier » World`); its item's id and tags say nothing.
    else if (key === 'feed' || key === 'channel') {
      const site = value.split(/\s+[»›>|–—-]\s+/)[0]!.trim();
      if (site) meta.setPublisher(site, 'feed header', blocks[0]!);
      state.dropped.push({ line: blocks[0]!, why: 'feed header' });
    } else if (key === 'guid' || key === 'categories' || key === 'category' || key === 'tags') state.dropped.push({ line: blocks[0]!, why: 'feed header' });
    else if (key === 'url' || key === 'link') meta.setUrl(value, `header field "${blocks[0]!}"`);
    else readMetaFields(blocks[0]!, state, true);
    blocks.shift();
  }
  if (headline) blocks.unshift(headline);

  // Before the headline: menus, mastheads, dates and bylines a saved page opens with.
  let pageTop = true;
  let afterMasthead = false;
  /** A consent dialog has begun: its purposes list and buttons follow it. */
  let inConsentDialog = false;
  while (blocks.length > 1) {
    const block = blocks[0]!;
    // A run of menu-sized lines is left to the menu reading below: a masthead may close it.
    if (inConsentDialog && isConsentDialogLine(block) && menuRunLength(blocks, 0) < 3) {
      drop(block, 'cookie notice');
      blocks.shift();
      continue;
    }
    // `The Cybi Courier` / `News for Holyhead and Holy Island` / a menu: the line between masthead and menu is the site's motto
    // (`Your town. Your news.` too: a slogan may end on a full stop, where a heading may not).
    if (
      afterMasthead &&
      (headingText(block) !== null || (block.split(/\s+/).length <= 8 && /[.!]$/.test(block) && !/\d/.test(block))) &&
      !isMenuEntry(block) &&
      !readTimestampLine(block) &&
      !dateOnlyLine(block) &&
      (menuRunLength(blocks, 1) >= 3 || (blocks[1] !== undefined && furnitureReason(blocks[1]) !== null))
    ) {
      drop(block, 'masthead motto');
      blocks.shift();
      afterMasthead = false;
      continue;
    }
    afterMasthead = false;
    const run = menuRunLength(blocks, 0);
    if (run >= 3) {
      const menu = blocks.splice(0, run);
      const name =
        meta.publisher === null
          ? mastheadInMenu(
              menu.filter((line) => !isApp(line)),
              pageTop && !isApp(menu[0]!),
              (name) => raw.split(name).length - 1,
            )
          : null;
      if (name) readMasthead(name, menu.find((l) => mastheadName(l) === name) ?? name, state);
      for (const line of menu) drop(line, mastheadName(line) === name ? 'masthead (read as publisher)' : 'navigation');
      pageTop = false;
      afterMasthead = name !== null && mastheadName(menu.at(-1)!) === name;
      continue;
    }
    pageTop = false;
    // `: :inin Kyiv (EET)`: a widget's leftovers, punctuation first, never a headline.
    if (/^[^\p{L}\p{N}"“‘'([#]/u.test(block) && block.length <= 40) {
      drop(block, 'page widget');
      blocks.shift();
      continue;
    }
    const crumbs = readBreadcrumb(block);
    if (crumbs && !headline) {
      // `Home » World » Headline`: the trail goes; a headline at its end stays as the title line.
      drop(crumbs.trail, 'navigation (breadcrumb)');
      if (crumbs.last.split(/\s+/).length > 3) blocks[0] = crumbs.last;
      else blocks.shift();
      continue;
    }
    if (
      looksLikeMasthead(mastheadName(block), blocks[1], blocks[2]) &&
      !isKickerOf(block, blocks[1]) &&
      !isApp(block) &&
      meta.publisher === null &&
      !headline &&
      !MENU_WORD.test(block) &&
      furnitureReason(block)?.why !== 'wire header'
    ) {
      readMasthead(mastheadName(block), block, state);
      drop(block, 'masthead (read as publisher)');
      blocks.shift();
      afterMasthead = true;
      continue;
    }
    // `We value your privacy` over `We and our partners use cookies ...`: a consent dialog's heading, not the headline.
    if (headingText(block) !== null && blocks.slice(1, 3).some((b) => furnitureReason(b)?.why === 'cookie notice' && b.split(/\s+/).length >= 8)) {
      drop(block, 'cookie notice (its heading)');
      blocks.shift();
      inConsentDialog = true;
      continue;
    }
    const furniture = furnitureReason(block);
    if (furniture?.why === 'cookie notice') inConsentDialog = true;
    // Above the headline only plain furniture goes: a headline may read like a promo or a caption
    // (`Watch: Kim arrives by train`, `Photos: Kim in Russia`).
    // Nor does a headline stand right over a menu: a promo there (`Subscribe from €1 Log in Newsletters Search`) is the site's bar.
    if (furniture && (PRE_TITLE_FURNITURE.has(furniture.why) || block.split(/\s+/).length <= 4 || menuFollows(blocks))) {
      readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture.why);
      blocks.shift();
      continue;
    }
    if (readDateLine(block, meta, 'date line before the title')) {
      drop(block, 'timestamp (read as date)');
      blocks.shift();
      continue;
    }
    const metaWhy = readMetadataLine(block, state, true);
    if (metaWhy) {
      drop(block, metaWhy);
      blocks.shift();
      continue;
    }
    if (isKickerOf(block, blocks[1])) {
      drop(block, 'kicker (the headline repeats it)');
      blocks.shift();
      continue;
    }
    // A section label over the headline (`POLITICS`, `ASIA ECONOMY`, `International News`).
    if (
      isMenuItem(block) &&
      (!/\p{Ll}/u.test(block) || block.split(/\s+/).every((w) => SECTION_WORDS.test(w))) &&
      block.split(/\s+/).length <= 3 &&
      blocks[1] !== undefined &&
      !isMenuItem(blocks[1]) &&
      !looksLikeParagraph(blocks[1])
    ) {
      drop(block, 'section label');
      blocks.shift();
      continue;
    }
    // `Translations` over the headline, after a menu that holds `Translations`: the page's section, not its headline.
    if (block.split(/\s+/).length <= 3 && isMenuItem(block) && menuItemsDropped(state.dropped).has(block.toLowerCase())) {
      drop(block, 'section label');
      blocks.shift();
      continue;
    }
    break;
  }

  // Page chrome the rules above do not know (a motto, a sign-in bar, a kicker) can still stand over the headline:
  // the headline is the line over the byline or date, and what stands above it goes.
  const below = storyHeadlineIndex(blocks);
  for (const block of blocks.splice(0, below)) {
    if (readDateLine(block, meta, 'date line before the title')) {
      drop(block, 'timestamp (read as date)');
      continue;
    }
    // `B3 | Tuesday, November 18, 2025 | The Prairie Examiner`: a printed page's header, its fields read.
    if (block.includes('|') && readMetaFields(block, state, true)) {
      drop(block, 'page header (read as metadata)');
      continue;
    }
    const furniture = furnitureReason(block);
    if (furniture) readFurnitureMetadata(block, furniture.why, state);
    drop(block, furniture?.why ?? 'page header (above the headline)');
  }

  // An article that opens straight with its story has no headline line: its first words stand in for one.
  // A headline may be two short sentences (`X knew its water had a lead problem. It waited two years to say so.`):
  // over a line that ends no sentence (a standfirst, a byline), it is the headline, not the story's first words.
  const headlineOfSentences = (first: string, next: string | undefined): boolean =>
    wordCount(first) <= 20 && next !== undefined && !endsSentence(next) && wordCount(next) <= 30;
  const opensWithText = blocks[0] !== undefined && looksLikeParagraph(blocks[0]) && !headlineOfSentences(blocks[0], blocks[1]);
  let title: string;
  if (opensWithText) {
    title = headlineFrom(blocks[0]!);
    meta.noteOrigin('title', 'first sentence (the page has no headline line)');
  } else {
    const first = blocks.shift() ?? '';
    // `🇷🇺🇰🇵 Putin and Kim meet today`: a post's leading emoji are decoration, not the headline's words.
    const split = splitTitleSuffix(
      stripWireSlug(first.replace(/^#{1,6}\s+/, '').replace(/^[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\s]+/u, '')).trim(),
    );
    title = split.title || source;
    if (split.site) {
      const wire = agencyNamed(split.site);
      if (wire) meta.setAgency(wire, 'headline suffix', first);
      else meta.setPublisher(split.site, 'headline suffix', first);
    }
    meta.noteOrigin('title', first ? `first line "${first}"` : 'file name');
  }

  const passages: Passage[] = [];
  /** Every kept paragraph's text, normalised, so a repeat is kept once. */
  const seenTexts = new Set<string>();
  const normalizedTitle = normalize(title);
  let heading: string | null = null;
  /**
   * What the blocks being read are: the story, or a stretch the page sets apart, each ended its own way:
   * - `links`: after a `Related`/`Tags` header, links until a line reads as the story's;
   * - `summary`: after `Key Points`, the summary's bullets until the story starts;
   * - `box`: a `Timeline` or `By the numbers` box's short lines until prose resumes, then back to what it interrupted;
   * - `comments`, `boilerplate`: readers' comments, or a press release's boilerplate (see isBoilerplateHeading),
   *   run to the end of the page (comments taking over from boilerplate, nothing from either).
   */
  let mode = 'story' as ReadingMode;
  const enter = (next: ReadingMode): void => {
    if (mode === 'comments' || (mode === 'boilerplate' && next !== 'comments')) return;
    mode = next;
  };
  /** What the box interrupted (a box's header can stand in a list of links: `FACTBOX - ...` under `Related coverage`). */
  let afterBox = mode;
  /** The summary is a list of `•` items: it ends at the first line that is not one. */
  let summaryBulleted = false;
  /** The summary's items so far, and whether every one ends on no full stop (`Key points:` set as a list of phrases). */
  let summaryItems = 0;
  let summaryUnpunctuated = true;
  /**
   * `Published in Riverlands Report`, `Written by ...` after a blog platform's story: its cards and lists follow,
   * the publication named the publisher. True when the line was such a card.
   */
  const endsAtCard = (line: string): boolean => {
    const card = passages.length >= 3 ? STORY_END_CARD.exec(line) : null;
    if (!card) return false;
    if (/^published in/i.test(line)) meta.setPublisher(card[1]!, 'publication card', line);
    enter('boilerplate');
    return true;
  };
  /** Under the story, a writer's name over a line opening on their job: their card. */
  const isWriterCard = (name: string, next: string | undefined): boolean =>
    passages.length >= 3 && next !== undefined && WRITER_CARD.test(next) && meta.authors.some((a) => normalize(a) === normalize(name));
  /** `Date` over `March 11, 2025`: the date read and both lines dropped; false when the lines are no such pair. */
  const readLabelledDate = (label: string, value: string | undefined): boolean => {
    const date = DATE_LABEL.test(label) && value !== undefined ? labelledDate(value) : null;
    if (!date) return false;
    meta.addDate(date, 'published line', `${label} ${value!}`);
    drop(label, 'date label');
    drop(value!, 'timestamp (read as date)');
    return true;
  };
  /** The first text after the headline, until we know whether it is a standfirst. */
  let standfirstCandidate: Passage | null = null;
  const standfirsts: string[] = [];
  /** A byline, date, share or caption line since the last story paragraph: what follows a standfirst. */
  let metadataSinceLastPassage = false;
  /** A heading-like line came before the story's byline or date: a deck under the headline, not a section's heading. */
  let headingOverMetadata = false;
  let sawAnyMetadata = false;
  /** The heading-like lines read before the first paragraph (each replacing the last as `heading`). */
  const headingsUnderHeadline: string[] = [];
  const sawMetadata = (): void => {
    metadataSinceLastPassage = true;
    if (heading !== null && passages.length === 0) headingOverMetadata = true;
    // Two to four short lines that end no sentence, between the headline and the first byline or date: a
    // standfirst's bullet points with their bullets lost (`Pennock billed the public purse ...` / `He insisted ...`).
    // (Short points read as headings over the others, before the first paragraph, are points too.)
    const lead = passages.every((p) => p.heading === (headingsUnderHeadline.at(-1) ?? null)) ? headingsUnderHeadline : [];
    const points = [...lead, ...passages.map((p) => p.text)];
    const pointsOnly = passages.every((p) => p.heading === (lead.at(-1) ?? null));
    if (!sawAnyMetadata && pointsOnly && points.length >= 2 && points.length <= 4 && points.every((t) => wordCount(t) <= 30 && !endsSentence(t))) {
      passages.splice(0);
      for (const point of points) {
        standfirsts.push(point);
        seenTexts.delete(normalize(point));
        drop(point, 'standfirst (summary above the story)');
      }
      heading = null;
      standfirstCandidate = null;
    }
    sawAnyMetadata = true;
  };

  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (mode === 'comments' || mode === 'boilerplate') {
      const furniture = furnitureReason(block);
      if (furniture) readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture?.why ?? (mode === 'comments' ? 'reader comments' : 'release boilerplate'));
      continue;
    }
    // `Date` over `March 11, 2025` (a page's `About this article` fields, set as a label over its value): when the
    // story was published, wherever the page puts it (here often after a list of links).
    if (readLabelledDate(block, blocks[i + 1])) {
      i += 1;
      continue;
    }
    if (mode === 'box') {
      if (!isProse(block, 6)) {
        drop(block, 'fact box');
        continue;
      }
      mode = afterBox;
    }
    if (passages.length >= 2 && BOX_HEADER.test(block)) {
      afterBox = mode;
      enter('box');
      drop(block, 'fact box');
      continue;
    }
    if (endsAtCard(block)) {
      drop(block, 'author or publication card');
      continue;
    }
    // `Newsletter` / its pitch / `Subscribe for free`: a sign-up box under the story, its pitch no paragraph.
    const signUp = passages.length >= 3 && NEWSLETTER_LABEL.test(block) ? blocks.slice(i + 1, i + 4).findIndex((b) => SIGN_UP_BUTTON.test(b)) : -1;
    if (signUp >= 0) {
      for (const line of blocks.slice(i, i + signUp + 2)) drop(line, 'newsletter box');
      i += signUp + 1;
      continue;
    }
    // `Bec Hollister` / `Journalist covering council ...` under the story: the writer's card.
    if (isWriterCard(block, blocks[i + 1])) {
      drop(block, 'author card');
      drop(blocks[i + 1]!, 'author card');
      i += 1;
      continue;
    }
    // `ABOUT THE AUTHOR` under the story: the writer's card, then the page's own furniture, to its end; so do a
    // closing box of takeaways, the sources cited, and the page's questions about itself.
    if (passages.length >= 3 && END_MATTER.test(block)) {
      enter('boilerplate');
      drop(block, /^about/i.test(block) ? 'author card' : 'end matter (takeaways, sources)');
      continue;
    }
    if (passages.length >= 3 && isBoilerplateHeading(block, blocks[i + 1])) {
      enter('boilerplate');
      drop(block, 'release boilerplate');
      continue;
    }
    // `News provided by` over the name of the company that issued a press release: its credit, not its text.
    if (i > 0 && RELEASE_CREDIT.test(blocks[i - 1]!) && wordCount(blocks[i - 1]!) <= 4 && !/[.!?]\s/.test(block) && block.split(/\s+/).length <= 8) {
      drop(block, 'release credit');
      sawMetadata();
      continue;
    }
    const run = menuRunLength(blocks, i);
    if (run >= 3) {
      const menu = blocks.slice(i, i + run);
      // Under a standfirst too: `Organisers stopped the race ...` / `Comments` / `Ffion Marsh` / `Live Reporter`.
      if (passages.length <= 1) readNamesInMenu(menu, blocks[i - 1], state);
      for (let k = 0; k < menu.length; k += 1) {
        const line = menu[k]!;
        if (readLabelledDate(line, menu[k + 1] ?? blocks[i + run])) {
          if (k + 1 === menu.length) i += 1;
          k += 1;
          continue;
        }
        const furniture = furnitureReason(line);
        if (furniture) readFurnitureMetadata(line, furniture.why, state);
        drop(line, furniture?.why ?? 'navigation');
        // `Most Popular` inside a menu still announces a list of links (and an advert ends one).
        if (furniture?.startsList === true) enter('links');
        else if (furniture?.startsList === false && mode === 'links') mode = 'story';
        // `87 COMMENTS` / `Sort by: Newest` among short lines after the story: the readers' thread begins.
        if (COMMENTS_HEADER.test(line) && passages.length >= 3) enter('comments');
        endsAtCard(line);
      }
      // `Share` / ... / `Bec Hollister` over `Journalist covering ...`: the writer's card after the share buttons.
      if (isWriterCard(menu.at(-1)!, blocks[i + run])) {
        drop(blocks[i + run]!, 'author card');
        i += 1;
      }
      i += run - 1;
      // Names or share buttons in the menu are a byline's company; other menus can sit anywhere.
      if (menu.some((line) => isPersonName(line) || furnitureReason(line)?.why === 'share line')) sawMetadata();
      continue;
    }
    if (mode === 'links') {
      if (COMMENTS_HEADER.test(block) && passages.length >= 3) {
        enter('comments');
        drop(block, 'reader comments');
        continue;
      }
      // A subheading of a few words over the story's next paragraph (`Business groups warn of damage`) resumes it,
      // as a link to another story does not: it would stand over another link, or at the list's end.
      const resumes =
        wordCount(block) <= 6 && headingText(block) !== null && !isTitleCased(block) && blocks[i + 1] !== undefined && looksLikeParagraph(blocks[i + 1]!);
      // A question a few words long is a teaser's headline (`Kim's bodyguards: who are the men who run beside his car?`).
      if (!resumes && (!looksLikeStorySentence(block) || isTeaserQuestion(block) || isTitleCased(block)) && !agencyOnlyLine(block)) {
        const furniture = furnitureReason(block);
        if (furniture) readFurnitureMetadata(block, furniture.why, state);
        drop(block, furniture?.why ?? 'related links');
        continue;
      }
      mode = 'story';
    }
    if (mode === 'summary') {
      // A wire dateline (`TALLOWBROOK, Australia, May 6 (SCW) –`) opens the story: the summary is over; so does the
      // first line that is no item of a bulleted summary (`• ...` / `• ...` / `Kim sits down with Putin today ...`),
      // and the first sentence after items that end on none (the story's first paragraph under a list of phrases).
      const bulleted = /^[•▪◦●■►▸*-]\s/.test(block);
      if (bulleted) summaryBulleted = true;
      const unlikeItems = summaryItems > 0 && summaryUnpunctuated && endsSentence(block);
      if (
        (bulleted || !summaryBulleted) &&
        !unlikeItems &&
        passages.length === 0 &&
        !furnitureReason(block) &&
        !readTimestampLine(block) &&
        !readDateline(block) &&
        block.split(/\s+/).length <= 50 &&
        standfirsts.length < 6
      ) {
        standfirsts.push(block);
        summaryItems += 1;
        summaryUnpunctuated &&= !endsSentence(block);
        drop(block, 'standfirst (summary above the story)');
        continue;
      }
      mode = 'story';
    }
    // Only the text under the headline so far: a summary box's header after it says it was the standfirst.
    const onlyStandfirst = standfirstCandidate !== null && passages.length === 1 && passages[0] === standfirstCandidate;
    if (SUMMARY_HEADER.test(block) && (passages.length === 0 || onlyStandfirst)) {
      if (standfirstCandidate && onlyStandfirst) {
        passages.pop();
        standfirsts.push(standfirstCandidate.text);
        drop(standfirstCandidate.text, 'standfirst (summary above the story)');
        standfirstCandidate = null;
      }
      enter('summary');
      summaryBulleted = false;
      summaryItems = 0;
      summaryUnpunctuated = true;
      drop(block, 'standfirst heading');
      continue;
    }
    if (COMMENTS_HEADER.test(block) && passages.length >= 3) {
      enter('comments');
      drop(block, 'reader comments');
      continue;
    }
    if (readDateLine(block, meta, passages.length === 0 ? 'date line above the story' : 'date line')) {
      drop(block, 'timestamp (read as date)');
      sawMetadata();
      continue;
    }
    const yearless = passages.length === 0 ? yearlessDateLine(block) : null;
    if (yearless) {
      meta.addMonthDay(yearless, block);
      drop(block, 'timestamp (month and day, no year)');
      sawMetadata();
      continue;
    }
    if (/^\|/.test(block) && !readMetaFields(block.replace(/^\|\s*/, ''), state, false)) {
      drop(block, 'table or layout row');
      continue;
    }
    // A credit line (`Reuters`, `Getty Images`) over or under an unpunctuated caption: a photo's, not the story's.
    // The site's own name under the first text, over the byline: its photographer's credit under the top picture.
    const siteCredit = passages.length === 1 && meta.publisher !== null && normalize(block) === normalize(meta.publisher);
    const creditLine = (block.split(/\s+/).length <= 6 && (agencyOnlyLine(block) || isPhotoCredit(block))) || isPhotographerCredit(block) || siteCredit;
    if (creditLine && !/[.!?]\s/.test(block)) {
      const next = blocks[i + 1];
      const last = passages.at(-1);
      if (next !== undefined && isCaptionLike(next)) {
        drop(block, 'photo caption or credit');
        drop(next, 'photo caption or credit');
        i += 1;
        continue;
      }
      // Under a paragraph, a wire's name is the story's end credit (`– REUTERS`); only a photo agency marks a caption.
      // A photographer's own credit line (`Lito Ferreira/Reuters`) marks even a caption that ends as a sentence.
      const captionAbove = last !== undefined && (isCaptionLike(last.text) || ((isPhotographerCredit(block) || siteCredit) && wordCount(last.text) <= 30));
      if (last && blocks[i - 1] === last.text && captionAbove && !agencyOnlyLine(block)) {
        passages.pop();
        seenTexts.delete(normalize(last.text));
        drop(last.text, 'photo caption or credit');
        drop(block, 'photo caption or credit');
        continue;
      }
    }
    const metaWhy = readMetadataLine(block, state, false);
    if (metaWhy) {
      drop(block, metaWhy);
      sawMetadata();
      continue;
    }
    // `MINA Report` between the headline and the story: the site's name, not a section heading.
    if (passages.length === 0 && heading === null && meta.publisher === null && block.split(/\s+/).length <= 8 && !isKickerOf(block, title)) {
      // `WBN News | British Columbia`: the site, then its section.
      const name = mastheadInMenu([block.split(/\s+[|»›–—-]\s+/)[0]!], false);
      if (name) {
        readMasthead(name, block, state);
        drop(block, 'masthead (read as publisher)');
        continue;
      }
    }
    if (passages.length <= 1 && isNameNextToMetadata(blocks, i, state)) {
      drop(block, 'byline (read as authors)');
      sawMetadata();
      const site = bylineSiteBelow(blocks, i);
      if (site) {
        meta.setPublisher(site, 'byline site', site);
        drop(site, 'byline (the site)');
        i += 1;
      }
      continue;
    }
    const furniture = furnitureReason(block);
    if (furniture) {
      readFurnitureMetadata(block, furniture.why, state);
      drop(block, furniture.why);
      if (furniture.startsList) enter('links');
      if (HEADER_FURNITURE.has(furniture.why)) sawMetadata();
      continue;
    }
    // `Castellan Wire` alone under the byline: a wire we do not know, named as wires are, over the story.
    const wire = agencyOnlyLine(block) ?? (passages.length === 0 && metadataSinceLastPassage && WIRE_NAME.test(block) ? block : null);
    if (wire) {
      meta.setAgency(wire, 'agency credit', block);
      drop(block, 'agency credit');
      sawMetadata();
      continue;
    }
    // `Kathmandu, Nepal`, `MARROW FALLS —`: a dateline on a line of its own over the lead.
    const ownLineDateline = PLACE_LINE.test(block) || DASHED_PLACE_LINE.test(block);
    const onlyStandfirstSoFar = passages.length === 0 || (passages.length === 1 && passages[0] === standfirstCandidate);
    if (onlyStandfirstSoFar && ownLineDateline && blocks[i + 1] !== undefined && looksLikeParagraph(blocks[i + 1]!)) {
      drop(block, 'dateline on its own line');
      continue;
    }
    const text = stripBoilerplate(block);
    if (text === null) {
      drop(block, BYLINE.test(block) ? 'byline' : 'wire marker or share line');
      continue;
    }
    if (normalize(text) === normalizedTitle) {
      drop(block, 'repeated headline');
      continue;
    }
    const normalized = normalize(text);
    // A repeat is kept once; a two-word reply (`No, sir.`) may well be said twice.
    if ((seenTexts.has(normalized) && normalized.split(' ').length >= 4) || standfirsts.some((s) => normalize(s) === normalized)) {
      // A standfirst the story repeats as its first paragraph is that paragraph, kept once.
      if (standfirstCandidate && normalize(standfirstCandidate.text) === normalized) standfirstCandidate = null;
      drop(block, 'repeated paragraph');
      continue;
    }
    // A live blog's entry: its time, then its title.
    const afterTime = i > 0 && isTimeOnly(blocks[i - 1]!) && text.split(/\s+/).length <= 14 && !/[.!;,]$/.test(text);
    const sectionHeading = afterTime ? text : headingText(text);
    if (sectionHeading !== null && !(i === blocks.length - 1 && passages.length > 0 && isCutOffSentence(text))) {
      heading = sectionHeading;
      if (passages.length === 0) headingsUnderHeadline.push(sectionHeading);
      headingOverMetadata = false;
      continue;
    }
    // The first text under the headline is a standfirst when bylines, dates or furniture follow it.
    // So is it when the story's wire dateline opens the next paragraph (`VLADIVOSTOK, April 25. /TASS/. ...`): the copy starts there.
    if (standfirstCandidate && passages.length === 1 && (metadataSinceLastPassage || readDateline(text) !== null) && !readDateline(standfirstCandidate.text)) {
      passages.pop();
      standfirsts.push(standfirstCandidate.text);
      drop(standfirstCandidate.text, 'standfirst (summary above the story)');
    }
    if (headingOverMetadata && heading !== null && passages.length === 0) {
      standfirsts.push(heading);
      drop(heading, 'standfirst (summary above the story)');
      heading = null;
    }
    // `RAVALPUR: Twenty-three people ...` after one short line: a dateline opens the story, so the line above it was
    // a caption or a standfirst.
    const lone = passages.length === 1 ? passages[0]! : undefined;
    if (lone && lone.heading === null && wordCount(lone.text) <= 30 && !readDateline(lone.text) && readDateline(text)) {
      passages.pop();
      seenTexts.delete(normalize(lone.text));
      drop(lone.text, 'caption or standfirst above the dateline');
    }
    if (passages.length < 3) readLeadDateline(text, state);
    const paragraph = passages.length + 1;
    const passage: Passage = { id: `${source}#${paragraph}`, source, paragraph, text, heading, storyStart: 0 };
    standfirstCandidate = passages.length === 0 && standfirsts.length === 0 && heading === null && text.split(/\s+/).length <= 50 ? passage : null;
    passages.push(passage);
    seenTexts.add(normalized);
    metadataSinceLastPassage = false;
  }

  if (!meta.authors.length && meta.creditedAuthors.length) meta.addAuthors(meta.creditedAuthors, 'reporting credit', state.creditLine ?? '');
  const kept = numbered(withoutAuthorBio(withoutRepeatedStandfirst(passages, state), override.authors ?? meta.authors, state));
  const firstWire = state.copyrightWires[0];
  if (meta.agency === null && firstWire) meta.setAgency(firstWire.value, 'copyright line', firstWire.line);
  // `MERRICK FALLS, Dunmore (Harrier Press) —` over a story a `Copyright 2025 Harrier Press` line closes: a wire we
  // do not know, named by the dateline and owning the copy, is the story's wire (and not the site that carries it).
  // `VARROW FALLS, Neb. (KQRB) -` on the page of `KQRB 7 News`: the site's own name in its dateline (a station's
  // call sign, a paper's short name), not a wire; a wire we know keeps its credit on its own site.
  const ownCredit = (c: string): boolean =>
    meta.publisher !== null &&
    agencyNamed(c) === null &&
    normalize(meta.publisher)
      .replace(/^the /, '')
      .startsWith(`${normalize(c)} `);
  if (meta.agency !== null && meta.origins.agency?.startsWith('dateline ') && ownCredit(meta.agency))
    meta.withdrawAgency(`none: the dateline's credit "${meta.agency}" is the site's own name`);
  const credit = kept[0] ? datelineCredit(kept[0].text) : null;
  // `(MP)` over a page `Copyright 2025 Meridian Press` closes: the wire's initials name it as well as its name.
  const initials = (name: string): string => (name.match(/\p{Lu}/gu) ?? []).join('');
  const creditedSite = (site: string, c: string): boolean => normalize(c) === normalize(site) || (/^\p{Lu}{2,5}$/u.test(c) && initials(site) === c);
  if (meta.agency === null && credit && !ownCredit(credit) && state.copyrightSite && creditedSite(state.copyrightSite.value, credit)) {
    meta.setAgency(credit, 'dateline credit the copyright line repeats', state.copyrightSite.line);
    state.copyrightSite = null;
  }
  // `Sent from the Tidewell News app`: a news app's share text names the outlet only in its sign-off (an
  // aggregator's share says `Shared from Apple News`, with no `the ... app`), when the page names no site.
  const ownApp = OWN_APP_SIGN_OFF.exec(raw);
  if (meta.publisher === null && !state.copyrightSite && ownApp) meta.setPublisher(ownApp[1]!, "the outlet's app", ownApp[0].trim());
  // `PORT ALDER, Wash. (Coastline Wire) —` on another site's page: a credit we do not know, named as a wire is.
  if (
    meta.agency === null &&
    credit &&
    meta.publisher !== null &&
    normalize(meta.publisher) !== normalize(credit) &&
    !ownCredit(credit) &&
    WIRE_NAME.test(credit)
  )
    meta.setAgency(credit, 'dateline credit named as a wire', kept[0]!.text);
  if (meta.agency === null && state.mastheadWire) meta.setAgency(state.mastheadWire.value, 'masthead line', state.mastheadWire.line);
  // `The New Economy` over the headline, named nowhere else, where the copyright line names a paper the page names
  // again (`© 2025 The Greyport Times Company`, `Photo: ... for The Greyport Times`): a section's kicker was taken
  // for the masthead, and the copyright owner is the site.
  const timesNamed = (name: string): number => raw.toLowerCase().split(name.toLowerCase()).length - 1;
  const kicker =
    meta.origins.publisher?.startsWith('masthead line') && meta.publisher !== null && timesNamed(meta.publisher) === 1 && !NEWS_NAME.test(meta.publisher);
  const site = state.copyrightSite?.value;
  if (kicker && site && NEWS_NAME.test(site) && timesNamed(site) >= 2)
    meta.setPublisher(site, 'copyright line over a section kicker', state.copyrightSite!.line);
  const otherWire = state.copyrightWires.find((w) => w.value !== meta.agency);
  const fallbackSite = state.copyrightSite ?? (otherWire ? { value: otherWire.value, line: otherWire.line } : null);
  if (meta.publisher === null && fallbackSite) meta.setPublisher(fallbackSite.value, 'copyright line', fallbackSite.line);
  // A page that names no site is published, as far as it says, by the wire that credits it.
  if (meta.publisher === null && meta.agency !== null) {
    meta.publisher = state.leadCredit ?? meta.agency;
    meta.origins.publisher = 'no site named; the wire credit stands in';
  }
  const { date, dateWithoutYear } = meta.resolveDate();

  return {
    source,
    title: override.title ?? title,
    publisher: override.publisher !== undefined ? override.publisher : meta.publisher,
    agency: override.agency !== undefined ? override.agency : meta.agency,
    authors: override.authors ?? meta.authors,
    date: override.date !== undefined ? override.date : date,
    dateWithoutYear: override.date !== undefined ? null : dateWithoutYear,
    url: override.url !== undefined ? override.url : meta.url,
    passages: kept,
    dropped: state.dropped,
    origins: meta.origins,
  };
}

/** Furniture a saved page shows above its headline, never shaped like a headline. */
const PRE_TITLE_FURNITURE = new Set([
  'weather widget',
  'cookie notice',
  'navigation',
  'share line',
  'advertising',
  'comments',
  'reading time',
  'page notice',
  'label',
  'copyright line',
  'link',
  'tag list',
  'e-mail line',
  'timestamp',
  'video player',
  'live blog controls',
  'market data',
  'newsletter',
  'poll',
]);

/** `Published 2 hours ago`, `Updated 38 minutes ago`: a stamp under the headline, with or without a date. */
const STAMP_OPENING = /^(?:first |last )?(?:published|updated|posted)\b(?!.*[.!?]$)/i;

/** A line that is a date, a timestamp or a publication stamp, with or without a date (`Published 2 hours ago`). */
const isStampLine = (line: string): boolean => readTimestampLine(line) !== null || dateOnlyLine(line) !== null || STAMP_OPENING.test(line);

/**
 * How far down the page (in blocks) a byline or date line is looked for, to find the headline over it: a site's
 * header of a dozen menu lines, a motto and a kicker, then a headline and its standfirst on lines of their own.
 */
const HEADER_REACH = 20;

/** A story header's field that says who or when (`Source: ...`, `Published: ...`), not a page's tags or title. */
const HEADER_FIELD = /^(?:source|sources|published|date|updated)\s*:\s*(?!https?:)\S/i;

/** A line of page chrome between the site's header and the story's: furniture, a breadcrumb, a section kicker. */
function isHeaderChrome(block: string): boolean {
  const n = block.split(/\s+/).length;
  return furnitureReason(block) !== null || readBreadcrumb(block) !== null || (n <= 8 && !/\p{Ll}/u.test(block)) || (n <= 6 && /\s[·|>»›/]\s/.test(block));
}

/** A line that can be a headline or a standfirst: not chrome, not a byline or a date, a few words to a long sentence. */
function isHeadlineShaped(block: string): boolean {
  const n = block.split(/\s+/).length;
  return n >= 3 && n <= 45 && !isHeaderChrome(block) && !BYLINE.test(block) && !isStampLine(block);
}

/**
 * Where the story's header starts among the page's first lines: a headline (and its standfirst) sits right over
 * the byline or the date line, below the page's chrome. 0 when the first line is that headline or no byline or
 * date is near; otherwise the index of the headline, everything above it being the site's (a motto, a sign-in
 * bar, a kicker like `Opinion · Space industry`).
 */
function storyHeadlineIndex(blocks: readonly string[]): number {
  let anchor = -1;
  let paragraphs = 0;
  for (let i = 1; i < Math.min(blocks.length, HEADER_REACH); i += 1) {
    const block = blocks[i]!;
    const next = blocks[i + 1] ?? '';
    // A byline without `By` is a name over its writer's role or the date (`Rowan Achterberg` / `Thursday 6 March 2025`).
    // A header's source or date field (`Source: The Marrow Falls Ledger, March 9, 2026`) marks the header as a byline does.
    if (
      BYLINE.test(block) ||
      isStampLine(block) ||
      isJobTitle(block) ||
      HEADER_FIELD.test(block) ||
      (isPersonName(block) && (isJobTitle(next) || isStampLine(next)))
    ) {
      anchor = i;
      break;
    }
    // A standfirst may read as a paragraph; a second one is the story itself, with no byline over it.
    if (looksLikeParagraph(block) && ++paragraphs > 1) return 0;
  }
  if (anchor < 0) return 0;
  let last = anchor - 1;
  // A byline without `By` (`Rowan Achterberg`), or the writer's role, over the date.
  // Also a page's note between them (`This article was translated from German ...`).
  while (last > 0 && (isPersonName(blocks[last]!) || isJobTitle(blocks[last]!) || furnitureReason(blocks[last]!)?.why === 'page notice')) last -= 1;
  let first = last;
  while (first >= 0 && isHeadlineShaped(blocks[first]!)) first -= 1;
  first += 1;
  // `Commuter chaos in the north` over `Why no trains are running in Kaltenbrück again`: a kicker of a few words over
  // a longer headline.
  if (last === first + 1 && wordCount(blocks[first]!) <= 5 && wordCount(blocks[last]!) > wordCount(blocks[first]!) + 2 && !endsSentence(blocks[last]!))
    first += 1;
  // The group reaches the first line (that is the headline), is empty, or is more than a header holds; and a
  // headline has a few words (`Video duration 2:14` over a date is a player's label).
  if (first === 0 || first > last || last - first >= 3 || blocks[first]!.split(/\s+/).length < 4) return 0;
  return first;
}

/** Furniture that sits between a standfirst and the story (a caption, an advert or a promo can sit anywhere). */
const HEADER_FURNITURE = new Set(['share line', 'reading time', 'byline (agencies)', 'release credit', 'timestamp (day and month unclear)']);

/** A box set inside a story (`Timeline: The Kettering Falls mill`, `By the numbers`): its lines are no paragraphs. */
const BOX_HEADER =
  /^(?:timeline|key dates|by the numbers|in numbers|the numbers|fact ?box|fact ?file|key facts|fast facts|quick facts|at a glance)\b[^.!?]{0,60}$/i;

/** A blog platform's cards under a story: the publication it ran in, and its writer. */
const STORY_END_CARD = new RegExp(String.raw`^(?:${eitherCase('published in', 'written by')})\s+(\p{Lu}[\p{L}\d&'’ .-]{1,60})$`, 'u');

/**
 * `About Halvern Aquatics, Inc.` over a paragraph opening `Halvern Aquatics, Inc. ... designs, builds`: the
 * boilerplate a press release ends with (then its disclaimers, contacts and the service's links), not story.
 * The heading names a capitalised body and the paragraph under it opens with that name's first word.
 */
function isBoilerplateHeading(block: string, next: string | undefined): boolean {
  const name = /^About (\p{Lu}[\p{L}\d&'’.-]*)(?:[ ,]+[\p{L}\d&'’.-]+){0,6}$/u.exec(block.trim());
  if (!name || next === undefined || /^(?:The|A|An|This|Our|Us|Me)$/.test(name[1]!)) return false;
  return next.trimStart().startsWith(name[1]!);
}

/** The page's last words cut off mid-sentence (`... and covered tra`): story text, not a heading with nothing under it. */
function isCutOffSentence(text: string): boolean {
  const words = text.split(/\s+/);
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return words.length >= 6 && capitalised / words.length < 0.5 && /^[\p{Lu}"“]/u.test(text);
}

/** A caption's shape: a description of a picture, with no full stop, that is neither a date nor a byline. */
function isCaptionLike(block: string): boolean {
  const words = block.split(/\s+/).length;
  if (words < 5 || words > 45 || /^by\s/i.test(block) || /^["“]/.test(block)) return false;
  if (readTimestampLine(block) !== null || dateOnlyLine(block) !== null || readByline(block) !== null || furnitureReason(block)) return false;
  // No full stop; or people placed `(right)`; or a caption's closing date (`... in Vladivostok, April 25, 2019.`).
  return !/[.!?:"”’]$/.test(block) || POSITION_MARKER.test(block) || /\b(?:19|20)\d{2}\.$/.test(block);
}

/** A menu comes right after the first block: a run of menu entries, or a row of them on one line. */
function menuFollows(blocks: readonly string[]): boolean {
  return menuRunLength(blocks, 1) >= 3 || (blocks[1] !== undefined && furnitureReason(blocks[1])?.why === 'navigation');
}

/** Consecutive blocks from `start` that are all menu-sized (few words, no sentence ending). */
function menuRunLength(blocks: readonly string[], start: number): number {
  let end = start;
  while (end < blocks.length && isMenuEntry(blocks[end]!)) end += 1;
  return end - start;
}

/** A menu entry, not a short headline's byline, date (`25 APR, 08:41` too) or wire credit (`Kim meets Putin` / `By Jane Doe` / `Reuters`). */
function isMenuEntry(block: string): boolean {
  if (!isMenuItem(block) || dateOnlyLine(block) || yearlessDateLine(block) || SUMMARY_HEADER.test(block)) return false;
  if (/^by\s/i.test(block) || agencyOnlyLine(block)) return false;
  return true;
}

/**
 * A standfirst repeated by the first paragraph (whole, or inside it after a dateline): the reader sees it
 * once, so the shorter copy goes.
 */
function withoutRepeatedStandfirst(passages: Passage[], state: ReadState): Passage[] {
  const norms = passages.map((p) => normalize(p.text));
  const captions = state.dropped.filter((d) => d.why === 'photo caption or credit').map((d) => normalize(d.line));
  const kept = passages.filter((p, i) => {
    const own = norms[i]!;
    if (own.split(' ').length < 6) return true;
    // A caption shown twice, once without its credit.
    if (captions.some((c) => c.includes(own))) {
      state.dropped.push({ line: p.text, why: 'photo caption (repeated without its credit)' });
      return false;
    }
    const repeated = norms.some((other, j) => j !== i && Math.abs(j - i) <= 3 && other.length > own.length && other.includes(own));
    if (repeated) state.dropped.push({ line: p.text, why: 'repeated paragraph (standfirst also in the story)' });
    return !repeated;
  });
  return kept;
}

/**
 * `Jane Doe is a senior writer for ...` (or `Jane covers ...`) among the story's last three paragraphs, Jane Doe its
 * author: the author's box, not the story.
 */
function withoutAuthorBio(passages: Passage[], authors: readonly string[], state: ReadState): Passage[] {
  // A byline in capitals (`RENATA KOWALCZYK`) is written `Kowalczyk covers ...` in the bio; by full, first or last name.
  const callings = authors.flatMap((name) => {
    const written = name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, l: string) => b + l.toUpperCase()) : name;
    const words = written.split(/\s+/);
    return [written, words[0]!, ...(words.length > 1 ? [words.at(-1)!] : [])];
  });
  const isBio = (p: Passage): boolean =>
    p.text.split(/\s+/).length <= 40 &&
    callings.some((called) => p.text.startsWith(called) && /^\s+(?:is|was|has been|covers|writes|reports)\b/.test(p.text.slice(called.length)));
  // The last paragraphs: one writer's bio, or each writer's under their name.
  const bios = passages.length >= 2 ? passages.slice(-3).filter(isBio) : [];
  if (!bios.length) return passages;
  for (const bio of bios) state.dropped.push({ line: bio.text, why: 'author bio' });
  return passages.filter((p) => !bios.includes(p));
}

/** Paragraphs numbered 1.. as a reader sees them, the first one's dateline marked as not the story. */
function numbered(passages: Passage[]): Passage[] {
  return passages.map((p, i) => ({ ...p, id: `${p.source}#${i + 1}`, paragraph: i + 1, storyStart: i === 0 ? (parseDateline(p.text)?.end ?? 0) : 0 }));
}
