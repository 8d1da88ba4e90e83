/**
 * Site furniture: what a saved news page holds besides the story. Photo captions and credits, adverts,
 * promos, share and follow lines, navigation, cookie notices, tag lists, comment prompts, copyright lines.
 * Each rule is about how pages are built, never about one site or story; each says why a line goes.
 */

import { agencyNamed } from './agencies.ts';
import { findFullDate } from './dates.ts';
import { eitherCase, oneOf } from '../shared/lexicon.ts';
import { endsSentence, wordCount as words } from './proseShape.ts';

/** `News provided by`: a press-release service's label over (or before) the issuing company's name. */
export const RELEASE_CREDIT = /^(?:news|content|release) (?:provided|distributed) by\b/i;

/** A portal's note naming the outlet a story first ran on, up to the outlet's name: `This article originally appeared on `. */
export const FIRST_RUN_NOTE = String.raw`^(?:${eitherCase('this')}) (?:article|story|report) (?:originally|first) (?:appeared|ran) (?:on|in) (?:the )?`;

/** An e-mail address anywhere in a line. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The line closing a pasted social-media post: `— Ottilie Brannagh (@MayorBrannagh) August 17, 2025`. */
export const EMBED_ATTRIBUTION = /^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2},? \d{4}$/u;

/** Photo agencies and credit words: what a credit line names. */
const CREDIT_WORDS = String.raw`Getty(?:\s+Images)?|Images?|Photos?|Pool|Shutterstock|Alamy|EPA(?:-EFE)?|AFP|Reuters|REUTERS|AP|Sputnik|Xinhua|KCNA|Kremlin|Handout|Press Service|Press Office|File`;

/**
 * A credit at the end of a caption: `Photo by KCNA/UPI`, `Mikhail Svetlov | Getty Images`, `(Image: AP)`,
 * `Photo: ... via REUTERS`, `(AP Photo/Name)`, `[Name/AP]`, `REUTERS/Name`, `Credit: AP`.
 */
const CAPTION_CREDIT_TAIL = new RegExp(
  [
    String.raw`\b(?:Photo|Photograph|Picture|Pic|Image|Credit|Photo credit|Image credit|Foto)s?\s*(?:by|:|-|–)\s*[^.!?]{1,90}$`,
    // `... on Ridge Street. Photo by the author.`: a credit that is its own last sentence.
    String.raw`(?:^|[.!?]\s+)(?:Photo|Photograph|Picture|Image)s?\s+(?:by|courtesy of)\s+[^.!?]{1,60}\.$`,
    String.raw`\s\|\s*[^|]{0,40}\b(?:${CREDIT_WORDS})\b[^|]{0,40}$`,
    String.raw`[(\[]\s*(?:Image|Photo|Picture|Pic|Credit|Foto)s?\s*:\s*[^)\]]{1,80}[)\]]$`,
    String.raw`[(\[][^()\[\]]{0,80}(?:\bvia\s+[^()\[\]]+|\b[Pp]hoto\b[^()\[\]]*|\/\s*[A-Z][\p{L}'’-]+(?:\s+[A-Z\p{Lu}][\p{L}'’-]+)+|[A-Z][\p{L}'’-]+\s+[A-Z\p{Lu}][\p{L}'’-]+\s*\/\s*[A-Z][\p{L}]+)[)\]]$`,
    String.raw`\bvia\s+(?:REUTERS|Reuters|AP|AFP|Getty Images|EPA|Xinhua)\)?\.?$`,
    String.raw`\b(?:REUTERS|AFP(?:\s+PHOTO)?|AP(?:\s+Photo)?|EPA|Xinhua|KCNA)\s*\/\s*[A-Z\p{Lu}][\p{L}'’-]+(?:\s+[A-Z\p{Lu}][\p{L}'’-]+){0,3}\.?$`,
    // `... at the town hall. (ANB Western Queensland: Mia Hollis)`: after its sentence, a credit naming who supplied
    // the picture and who took it.
    String.raw`[.!?]["”’]?\s*\((?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*\s*:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\)$`,
    // `... May 9, 2025. HALDEN WIRE/Piet Osmund`: any agency in capitals, a slash, then the photographer's name.
    String.raw`(?:^|[.!?]\s+|\s)\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s*\/\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}\.?$`,
  ].join('|'),
  'u',
);

/** A caption's opening: `FILE PHOTO:`, `FILE -`, `In this photo ...`, `Image caption`, `Photo:`, `[Chart]`. */
const CAPTION_OPENING = new RegExp(
  String.raw`^(?:${oneOf`
  FILE PHOTO\b|FILE\s*[-–—:]|File photo\b|File image\b|\(?File\)?\s*[-–—:]
  In this (?:photo|image|picture|handout|file|undated|photograph|video)
  (?:This|A) (?:handout |file )?(?:photo|picture|image)(?: taken| released| provided| distributed| made available)
  Image caption|Media caption|Image copyright|Image source|Caption\s*:|Item \d+ of \d+\b
  (?:Photo|Picture|Image|Pic|Photograph)s?\s*[:|]|(?:Photo|Picture|Image)s? by\b
  \[(?:chart|graph|graphic|infographic|map|table|image|photo|picture|illustration|interactive)\]
`})`,
  'i',
);

/** Video captions keep their text (it describes the story); only the credit goes. */
export const VIDEO_CREDIT_TAIL = /\s*\b(?:Video|Videos|Source)\s*:\s*[A-Z][\w&./ -]{0,40}$/;

/** Words that make up share, follow and social lines. */
const SOCIAL = new RegExp(
  String.raw`^(?:${oneOf`
  share|shares|sharing|tweet|email|e-mail|mail|print|copy|link|links|whatsapp|facebook|twitter|x|telegram
  linkedin|reddit|pinterest|flipboard|messenger|instagram|youtube|tiktok|threads|vk|wechat|weibo|line|viber
  google|news|follow|us|on|via|to|this|the|article|story|page|post|comments?|save|bookmark|gift|[0-9]+|[|•·/,:]+
`})$`,
  'i',
);

/** Lines that are a page's menus and buttons, not its story. */
const MENU_LINE = new RegExp(
  String.raw`^(?:${oneOf`
  skip to (?:main )?content|skip to [a-z ]{1,30}|skip (?:next section|navigation)[a-z ]{0,20}|menu|main menu|today['’]s paper|home|homepage|search|sign in|log ?in|log out|register
  subscribe|subscribe now|my account|close|toggle navigation|back to top|next|previous|next article
  previous article|load more|show more|see all|view all|more|loading\.*|please wait\.*|open menu|navigation
  sections|edition|live tv|watch live|live|e-paper|epaper|newsletters?|podcasts?|videos?|photos?|gallery|latest
  world|business|sport|sports|politics|opinion|entertainment|lifestyle|tech|technology|science|health|markets
  economy|local|national|international|asia|europe|africa|americas|middle east|us|uk|india|video|news|top news
  breaking news|trending
  back to (?:the )?(?:main site|main page|home ?page|home|full site|full version|top)|return to (?:the )?(?:main site|home ?page|home)
  switch to (?:the )?(?:full|desktop|mobile|classic|standard) (?:version|site|edition)|view (?:the )?full (?:site|version)
`})$`,
  'i',
);

/** Announces a list of other stories: what follows it is links, not the story. */
const RELATED_HEADER = new RegExp(
  String.raw`^(?:${oneOf`
  related(?:\s+(?:news|stories|articles|topics|coverage|content|links|reading|tags|posts|videos?|quotes|tickers))?
  most read from .{1,40}|see more on\s*:.*
  recommended(?:\s+(?:for you|stories|articles|videos?))?|read more(?: here)?|read also|also read|see also|also see
  more (?:from|on|stories|news|in|like this)\b.*|more stories|more (?:\S+ ){1,2}(?:coverage|stories|news|headlines|articles)
  you (?:may|might) (?:also )?(?:like|be interested in)|you (?:may|might) have missed
  most (?:read|popular|viewed|shared|watched)|trending(?: now| stories| news)?|top stories
  latest (?:news|stories|videos|updates|headlines)|latest from .{1,40}|editor'?s picks?|don'?t miss|popular(?: now| stories)?
  in other news|explore more|what to read next|further reading|more top stories|tags?|topics?|keywords?
  categories|filed under|sponsored(?: content| stories)?|from the web|around the web|promoted(?: stories)?
  read next|up next|suggested topics|explore more on these topics|trending stories|.{0,30}\btrending on\b.{0,30}
  more videos|watch now|most watched|top videos
`})\s*[:.!»›>]*$`,
  'i',
);

/** A prefix that sends the reader elsewhere: `Read more: ...`, `Also read | ...`, `Watch: ...`. */
const PROMO_PREFIX = new RegExp(
  String.raw`^(?:${oneOf`
  read more|read also|also read|see also|also see|related|recommended|click here|tap here|more|must read
  don'?t miss|subscribe|sign up
`})\s*[:|»›>\-–—]\s*\S`,
  'i',
);

/** Promos that invite rather than report: watch, stream, download, sign up, subscribe, follow. */
const PROMO_CALL = new RegExp(
  String.raw`^(?:${oneOf`
  watch|stream|listen(?: to)?|subscribe|sign up|download|follow|join|get|tap|click|know the news|never miss
  stay (?:up to date|informed|updated)|catch up|catch all|for the latest|for more|want (?:a|more|the)
  save articles
`})\b`,
  'i',
);
const PROMO_WORDS = new RegExp(
  String.raw`\b(?:${oneOf`
  7plus|app|apps|newsletters?|inbox|subscribe|subscription|stream(?:ing)?|for free|notifications|alerts
  podcasts?|channel|live|watch|follow us|download|sign up|click here|tap here|latest news|breaking news|updates
  whatsapp|telegram|youtube|on demand
`})\b`,
  'i',
);

export interface FurnitureVerdict {
  why: string;
  /** The lines after this one are a list of links until the story resumes. */
  startsList?: boolean;
}

/**
 * The wording of a consent dialog (the IAB framework's and its kind, on most news sites) where it need not say
 * `cookies`: the site speaking of itself and its partners to the reader (`We and our 143 partners store and/or
 * access information on a device`, `You may click to consent`, `Your preferences will apply to this website
 * only`). A story about privacy reports such things in the third person.
 */
const CONSENT_DIALOG =
  /\b(?:we and (?:our )?(?:\d+ )?(?:[a-z]+ ){0,2}(?:partners|vendors)|clicking "?(?:accept|agree|i agree|reject)|"cookie settings"|store and\/or access information on a device|(?:withdraw|change) your consent|you (?:may|can) (?:click to consent|change your preferences)|your (?:privacy )?(?:preferences|choices) will apply|(?:object to|consent to) (?:such )?processing (?:based on|as described)|legitimate interests? (?:of|for) (?:our|which)|our and our (?:\d+ )?partners)\b/i;

/**
 * A consent dialog's purposes and buttons (`Storing and reading information on your device`, `Choosing basic
 * adverts`, `See all 214 partners`, `REJECT ALL | ACCEPT ALL`): short lines in the dialog's own vocabulary, read as
 * such only once a dialog has begun.
 */
const CONSENT_WORDS =
  /\b(?:ads?|adverts?|advertising|device|partners?|vendors?|purposes?|personali[sz]ed|audience|consent|cookies?|options|reject|accept|products|statistics|profile|geolocation|legitimate interests?)\b/i;
export function isConsentDialogLine(block: string): boolean {
  return words(block) <= 12 && !/[.!?]$/.test(block) && CONSENT_WORDS.test(block);
}

/** A page's short notes and a gallery's controls: `Thanks for reading`, `Image 3 of 12`, `Hide caption`. */
const PAGE_NOTE =
  /^this material may not be (?:published|reproduced)|^all quotes (?:are )?delayed\b|^(?:got a (?:news )?tip|have a (?:news )?tip)\b|^thanks for reading\b|^(?:like|follow) us on\b|^image \d+ of \d+$|^\d+\s*\/\s*\d+$|^(?:next|previous) (?:slide|image|photo)$|^enlarge this image$|^(?:toggle|hide|show) caption$/i;

/**
 * One rule of what site furniture looks like: a block matching `test` (a pattern, or a check given the block's
 * text and word count) and of at most `maxWords` words is furniture for the reason `why`.
 */
interface FurnitureRule {
  why: string;
  test: RegExp | ((text: string, words: number) => boolean);
  /** The longest block the rule takes (a story's paragraph can say the same words at length); no limit when absent. */
  maxWords?: number;
  /** The lines after this one are a list of links until the story resumes (true), or the list has ended (false: an advert closes one). */
  startsList?: boolean;
}

/**
 * Every rule, in the order they are tried (the first that matches gives the reason). Each says how pages are
 * built, never one site or story; a comment says what it takes where the pattern does not.
 */
const FURNITURE_RULES: readonly FurnitureRule[] = [
  // `Sponsored`, `Paid Partner Content`: a list of advertisers' teasers follows.
  { why: 'advertising', test: /^sponsored$|^paid (?:partner )?content|^paid partner/i, startsList: true },
  {
    why: 'advertising',
    startsList: false,
    test: /^advert(?:s|ising|isement|isements|isment|ise with us)?\s*[:-]?$|^-\s*advert\w*\s*-$|^story continues (?:below|after)|^(?:article )?continues? (?:below|after) (?:the )?advert|^scroll (?:down )?to continue|^continue reading|^paid (?:content|post|partner)|^skip advertisement$|^ad feedback$|^ad$|^story continues$|^advertise with\b.{0,40}$/i,
  },
  // A sign-up box's field: `Type your email...`, `Enter your email address`.
  { why: 'newsletter sign-up', test: /^(?:type|enter) your e-?mail(?: address)?\s*(?:\.{3}|…)?$/i },
  // `3` alone on its line: a like or comment counter; a story's number comes with words.
  { why: 'counter', test: /^\d{1,6}$/ },
  // A readers' poll: its question, options and count are the page's, not the story's.
  { why: 'poll', test: /^(?:readers'?|reader|today's|our|quick)?\s*poll\s*:?$|^have your say\s*:?$/i, startsList: true },
  { why: 'poll', test: /^(?:vote|view results|see results|[\d,]+ votes?(?: so far| cast)?)$/i },
  // `Read more →` under a newsletter's item: a link to the rest, not a list of other stories.
  { why: 'link', test: /^(?:read more|read the full story|full story|continue reading)\s*[→»›>]+$/i },
  { why: 'tag list', test: (text) => RELATED_HEADER.test(text) && /^(?:tags?|topics?|keywords?|categories|filed under)\b/i.test(text), startsList: true },
  { why: 'related links', test: RELATED_HEADER, startsList: true },
  { why: 'tag list', test: /^(?:tags?|topics?|keywords?|categories|filed under|related tags|related topics)\s*[:|]/i },
  {
    why: 'cookie notice',
    test: (text) => /\bcookies?\b/i.test(text) && /\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience|browsing)\b/i.test(text),
    maxWords: 60,
  },
  // A longer notice is the site speaking to the reader of their device: a story about cookies reports it in the third person.
  { why: 'cookie notice', test: (text) => /\bcookies?\b/i.test(text) && /\byour (?:device|browser|settings|consent)\b/i.test(text), maxWords: 120 },
  { why: 'cookie notice', test: CONSENT_DIALOG, maxWords: 90 },
  {
    why: 'cookie notice',
    test: /^(?:accept(?: all)?(?: cookies)?|reject all|refuse all|manage (?:preferences|cookies|settings|options)|privacy (?:policy|settings)|cookie settings|settings|customi[sz]e|more options|terms of (?:use|service)|got it|i agree|ok)$/i,
  },
  { why: 'comments', test: /^please enter your (?:comment|name|e-?mail)\b/i, maxWords: 10 },
  // A newsletter's link to its web copy, and a print edition's note on a web page.
  {
    why: 'page notice',
    test: /^(?:view|read|open) (?:this|the) (?:e-?mail|newsletter|message)(?: online)? (?:in|on) (?:your|a|the) (?:web )?browser\b/i,
    maxWords: 12,
  },
  { why: 'page notice', test: /^(?:this|a version of this) (?:article|story) (?:appeared|was published|appears) in print\b/i, maxWords: 40 },
  // A portal's copy of a partner's story names whose it is (`This article originally appeared on Pell County Tribune: ...`).
  { why: 'first-run note', test: new RegExp(`${FIRST_RUN_NOTE}\\p{Lu}`, 'u'), maxWords: 50 },
  // A translated or partner piece's notes on where it first ran, and an editor's note on the piece itself.
  {
    why: 'page notice',
    test: /^this (?:article|story|report|piece|translation) (?:was (?:originally|first) published|originally appeared|first appeared|is (?:published|republished) in partnership|appears here (?:in|with|by)|is (?:a|an edited) translation|was (?:machine[- ])?translated|is (?:part|one) of (?:a|an|our) (?:[\w-]+ ){0,2}(?:collaboration|partnership|series|project))\b/i,
    maxWords: 50,
  },
  { why: 'page notice', test: /^editor'?s['’]? note\s*:/i, maxWords: 60 },
  // A correction appended to the piece, and an opinion page's disclaimer: notes on the piece, not its story.
  {
    why: 'correction note',
    test: /^(?:corrections?|clarifications?)\s*(?:\(\w[^)]{0,30}\))?\s*:|^an earlier version of this (?:article|story|report|column|piece)\b/i,
    maxWords: 80,
  },
  { why: 'correction note', test: /^correction appended$|^this (?:article|story) has been (?:corrected|updated to correct)\b/i, maxWords: 30 },
  {
    why: 'page notice',
    test: /\bviews expressed (?:in this (?:\w+ ){0,2})?(?:are|is) (?:solely )?(?:the author'?s|those of the (?:author|writer|columnist)|(?:his|her|their) own)\b/i,
    maxWords: 45,
  },
  // A paywall's prompt, and the welcome after signing in past it (`You've reached your limit of free articles`).
  {
    why: 'subscription prompt',
    test: /\b(?:free (?:articles|stories)|unlimited (?:digital )?access|cancel anytime|new subscribers|already a (?:subscriber|member)|subscribers? only|subscriber-only|subscribe to (?:keep|continue) reading|thanks for (?:logging|signing) in|thanks for subscribing|(?:log|sign) ?in to (?:read|continue)|this is a (?:premium|subscriber|members?[- ]only) (?:story|article))\b/i,
    maxWords: 25,
  },
  // A press release's furniture: the service's label over the issuer, its contacts, its `SOURCE` line, its links to
  // the release's pictures and its legal disclaimer.
  { why: 'release credit', test: RELEASE_CREDIT, maxWords: 10 },
  { why: 'contact line', test: /^(?:media|press|investor|news|public relations) (?:contacts?|enquiries|inquiries|relations)\s*:?$/i },
  { why: 'release source line', test: (text) => /^SOURCE\s+\p{Lu}/u.test(text) && !endsSentence(text), maxWords: 10 },
  { why: 'media link', test: /^(?:photo|logo|video|image|multimedia|audio)s?\s*[-–:]\s*https?:\/\/\S+$/i },
  {
    why: 'legal disclaimer',
    test: /^(?:forward-looking statements?|cautionary (?:note|statement)s?(?: regarding forward-looking statements?)?|safe harbou?r statement)\s*:?$/i,
  },
  { why: 'legal disclaimer', test: /^(?:this|the) (?:press |news )?release (?:contains|includes|may contain)\b.{0,160}\bforward-looking\b/i },
  // `Follow Meridian Press's coverage of rail safety at https://...`, `... and follow PBC Tarrowshire on Facebook, X and Instagram`.
  { why: 'promo', test: /^follow\b.{0,80}\bcoverage\b.{0,60}\bat\s+https?:\/\/\S+$/i },
  { why: 'promo', test: /\bfollow (?:\S+ ){1,4}on (?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky)\b/i, maxWords: 30 },
  // A teaser for another piece, set in the story: `Opinion: Kellerton can't keep paying to hold back the sea`.
  { why: 'promo', test: /^(?:opinion|analysis|comment|editorial|explainer|watch|listen|podcast)\s*:\s*\S[^.!]*$/i, maxWords: 15 },
  // A call for readers' stories (`Were you affected by the spill? Get in touch.`).
  { why: 'reader call-out or contact line', test: /\bget in touch\b/i, maxWords: 15 },
  // `Meridian Press is an independent global news organization ...`, `The Ledger is a reader-supported publication.`:
  // the site describing itself, under the story.
  {
    why: 'publisher notice',
    test: /^(?:The )?\p{Lu}[\p{L}&'’ .-]{1,40} is an? (?:[\p{L}-]+ ){0,4}(?:news (?:organi[sz]ation|agency|service|outlet|site|cooperative)|newsroom|newspaper|broadcaster|media (?:company|organi[sz]ation)|publication|newsletter)\b/u,
    maxWords: 25,
  },
  // A text-only or low-bandwidth edition's note on itself.
  { why: 'page notice', test: /\b(?:text-only|text only|low-bandwidth|lite) (?:edition|version|site)\b/i, maxWords: 20 },
  // A video player's labels: `Video duration 02:31`, `Transcript`, `Show transcript`.
  { why: 'video player', test: /^(?:video )?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:show |hide |read |view |video |full )?transcript$/i },
  // A WordPress feed's footer: `The post <headline> appeared first on <site>.`
  { why: 'feed footer', test: /^the post .{5,300} appeared first on .{2,80}$/i, maxWords: 60 },
  // A print-friendly copy's own notes: when it was printed (never when the story was published), and its terms.
  { why: 'page notice', test: /^printed on\s*:?\s*\S/i, maxWords: 8 },
  { why: 'page notice', test: /^this (?:copy|article|content|material) is for your personal,? non-?commercial use\b/i, maxWords: 40 },
  // `Wednesday, 24 April 2019 | Port Ellison 11°C, showers`: the site's date and weather bar.
  { why: 'weather widget', test: /-?\d+\s?°\s?[CF]\b/, maxWords: 15 },
  { why: 'byline (agencies)', test: /^(?:agencies|news agencies|wire services|agency reports?|wires)$/i },
  {
    why: 'comments',
    test: /^(?:leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|view comments|show comments|join the (?:conversation|discussion)|log in to comment|you must be logged in.*)\W*$/i,
  },
  // `5–6 minutes` alone is how a reader view (Firefox, Safari) gives the reading time under the byline; `Estimated 5
  // minutes` is an article's audio player's.
  {
    why: 'reading time',
    test: /^(?:\d+\s*(?:min(?:ute)?s?|m)\s*read|listen to (?:this )?article.*|reading time\s*:?.*|\d+\s*(?:min(?:ute)?s?) (?:listen|watch)|\d+\s*[–-]\s*\d+\s*min(?:ute)?s?|estimated\s+\d+\s*min(?:ute)?s?)$/i,
    maxWords: 8,
  },
  // An article's audio player: `The audio version of this article is generated by text-to-speech ...`.
  { why: 'page notice', test: /\baudio version of this (?:article|story)\b|\bgenerated by text-to-speech\b/i, maxWords: 40 },
  {
    why: 'page notice',
    test: /^(?:please (?:turn on|enable) javascript|javascript is (?:disabled|required)|this (?:video|content) is not available|your browser does not support)/i,
  },
  // A caption that ends in its picture's credit (`... at Vladivostok station on Wednesday. © AFP`): no copyright line.
  {
    why: 'photo caption or credit',
    test: (text) => {
      const credit = /^([^©]{20,}?)\s*©\s*([^©]{1,40})$/u.exec(text);
      return credit !== null && !/\b(?:19|20)\d{2}\b|rights/i.test(credit[2]!);
    },
    maxWords: 40,
  },
  // A copyright line, also one that runs on past it (`© 2025 The Chronicle. All rights reserved. Republication ...
  // prohibited`) or gives the paper's address before it: the © sign is never story text.
  {
    why: 'copyright line',
    test: (text, n) =>
      (/^(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(text) && n <= 80) || (/©/.test(text) && n <= 40) || (/^\(c\)|all rights reserved\.?$/i.test(text) && n <= 25),
  },
  { why: 'page notice', test: /^our standards\s*:/i, maxWords: 12 },
  // A search engine's cached copy: its notice over the page, and its links.
  {
    why: 'page notice',
    test: /^this is (?:the|a) cached (?:version|copy|snapshot) of\b|\b(?:our crawler last visited|the (?:live|current) page may have changed)\b/i,
    maxWords: 60,
  },
  { why: 'navigation', test: /^(?:go to (?:the )?(?:current|live) (?:page|version)|text[- ]only(?: version)?|view full site|full version)$/i },
  // A link to the piece in another language: `Lire cet article en français`, `Read this article in German`.
  { why: 'navigation', test: /^(?:lire cet article en|read (?:this|the) (?:article|story) in|leer (?:este|el) art[ií]culo en|diesen artikel auf)\s+\p{L}+$/iu },
  // A newsletter's pitch set as `Every Friday: ...`.
  { why: 'promo', test: /^every (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*:/i, maxWords: 25 },
  // A search box's placeholder: `Search for news, symbols or companies`.
  {
    why: 'navigation',
    test: /^search (?:for )?(?:news|articles|stories|the site|this site|symbols|quotes|topics|keywords|anything)\b[^.!?]{0,50}$/i,
    maxWords: 10,
  },
  {
    why: 'syndication note',
    test: /^\(?(?:this (?:story|article|report) (?:has not been|was not) edited|(?:with )?inputs? from|published from a syndicated|this is an auto-?generated)/i,
    maxWords: 40,
  },
  { why: 'reporting credit', test: /^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|translated) by\b/i, maxWords: 60 },
  // `Contributing: Jane Doe in Springfield.`: who else reported, under a wire story; not its writers.
  { why: 'contributors credit', test: /^contribut(?:ing|ors?)(?: (?:writers?|reporters?))?\s*:/i, maxWords: 40 },
  // `Have you been affected? Email newsdesk@...`: a call for readers' stories, with the desk's address.
  { why: 'reader call-out or contact line', test: EMAIL, maxWords: 30 },
  // A writer's note asking for tips (`If you have information ..., you can reach me at name@...`).
  {
    why: 'reader call-out or contact line',
    test: (text) => EMAIL.test(text) && /\b(?:reach me|contact me|e-?mail me|write to me|get in touch|tips?)\b/i.test(text),
    maxWords: 60,
  },
  // An opinion page's call for readers' letters: `... submit a letter of up to 300 words to be considered for publication`.
  {
    why: 'reader call-out or contact line',
    test: /\bsubmit a letter\b|\bletters? (?:to the editor|for publication)\b|\bto be considered for publication\b/i,
    maxWords: 60,
  },
  { why: 'editor credit', test: /^editor\s*:/i, maxWords: 6 },
  { why: 'byline (role)', test: (text) => isJobTitle(text) },
  { why: 'photo caption or credit', test: (text) => isCaption(text) },
  { why: 'promo', test: PROMO_PREFIX, maxWords: 30 },
  { why: 'promo', test: (text) => PROMO_CALL.test(text) && PROMO_WORDS.test(text), maxWords: 25 },
  {
    why: 'promo',
    test: /\b(?:download (?:the|our|today)|sign up (?:for|to)|subscribe (?:to|now|for)|our newsletter|follow us|get the app|in your inbox|stream (?:it )?(?:for free|now|live)|watch (?:now|live|the latest|more)|turn on notifications)\b/i,
    maxWords: 15,
  },
  {
    why: 'promo',
    test: /\b(?:listen to our podcast|our podcast|read(?:ing)? later|reading list|sign up here|sign up now|download (?:the|our) app)\b/i,
    maxWords: 30,
  },
  // A newsletter's pitch: `Every Friday, a selection of our best articles translated into English.`
  {
    why: 'promo',
    test: /\b(?:a selection of|the best of|(?:some|all|each|one) of) our (?:best |top |latest )?(?:articles|stories|journalism|reporting|reads)\b/i,
    maxWords: 25,
  },
  { why: 'copyright line', test: (text) => PAGE_NOTE.test(text) && /material|rights/i.test(text), maxWords: 30 },
  { why: 'page notice', test: PAGE_NOTE, maxWords: 30 },
  { why: 'photo caption or credit', test: /\b(?:hide|toggle) caption$/i },
  {
    why: 'link',
    test: /,\s*opens new tab$|^(?:purchase )?licensing rights\b|^reuse this content$|^\|?\s*license photo$|^(?:licensing|reprints)(?: & reprints)?$/i,
  },
  // A newsletter's sign-up box and an e-mail's footer: the reader's subscription, not the story.
  {
    why: 'newsletter',
    test: /^(?:you(?:'re| are| were) receiving this (?:e-?mail|newsletter|message)|by signing up,? you agree|enjoying (?:this|the) newsletter)\b/i,
    maxWords: 40,
  },
  { why: 'newsletter', test: /\bunsubscribe\b/i, maxWords: 14 },
  {
    why: 'newsletter',
    test: /^(?:enter your e-?mail(?: address)?|(?:your )?e-?mail(?: address)?|view (?:it )?in (?:your )?browser|view (?:this e-?mail )?online|forward (?:this|it) to a friend)\W*$/i,
  },
  // A markets page's price strip (`EUR/USD 1.1284 ▲ +0.08%   BRENT 64.10 ▲ +0.41%`) and its data notice.
  {
    why: 'market data',
    test: (text) =>
      (text.match(/[+\-−]?\d+(?:[.,]\d+)?\s?%/g)?.length ?? 0) >= 3 &&
      !/[.!?]["”’]?$/.test(text) &&
      (text.match(/\d/g)?.length ?? 0) * 3 >= text.replace(/\s/g, '').length,
  },
  // A market box's row: a name, maybe a contract month, a price and its signed change (`Wheat, Dec. 5.38 +0.04`).
  { why: 'market data', test: /^[\p{L}][\p{L}&/ .-]*,?(?:\s+\p{L}{3}\.?)?\s+\d+(?:[.,]\d+)?\s+[+\-−]\d+(?:[.,]\d+)?%?$/u, maxWords: 6 },
  {
    why: 'market data',
    test: /^(?:market )?(?:data|prices|quotes) (?:is |are )?delayed\b|\bnot investment advice\b|\b(?:does not|do not) (?:give|constitute|offer) investment advice\b/i,
    maxWords: 40,
  },
  { why: 'video player', test: /^video\s*player/i, startsList: true },
  // A news app's share text: `Read in app` over the link it was shared with.
  { why: 'promo', test: /^(?:read|open|view|continue reading) (?:this |it )?in (?:the )?app$/i },
  { why: 'wire marker', test: /^(?:enditem|endit|\(end\)|-?\s*end\s*-?)$/i },
  { why: 'location line', test: /^location\s*:/i, maxWords: 8 },
  { why: 'e-mail line', test: new RegExp(`^${EMAIL.source}$`) },
  { why: 'key event link', test: /^\d+\s*(?:[hmd]|hours?|minutes?|mins?|days?)\s+ago\b/i, maxWords: 14 },
  // `13:20 Second death confirmed`: a live blog's list of key events, each its entry's time and title.
  {
    why: 'key event link',
    test: (text) => /^\d{1,2}[:.]\d{2}\s+(?!(?:a\.?m|p\.?m|gmt|bst|utc|cet|et|pt|local)\b)\p{L}/iu.test(text) && !/[.!?"”]$/.test(text),
    maxWords: 14,
  },
  { why: 'live blog controls', test: /^(?:key events|show key events only|pinned post|live feed)$/i },
  { why: 'timestamp', test: (text) => isTimeOnly(text) },
  // A wire feed's header: its transmission code (`AP-WF-0424 a0117`), slug (`BC-AS--NKorea-Russia-Summit, 2nd
  // Ld-Writethru`), editors' instructions (`Eds: UPDATES with ...`) and length (`403 words`); and its priority.
  // (Two or three codes: one alone may be a catalogue's title, as the Brown texts are titled `ca01`.)
  {
    why: 'wire header',
    test: (text, n) => n >= 2 && n <= 3 && text.split(/\s+/).every((t) => /\d/.test(t) && !/[.,]/.test(t) && !/\p{Ll}{3}/u.test(t)) && !findFullDate(text),
  },
  { why: 'wire header', test: /^BC-[\w-]+(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Writethru|Add|Sub|Correction|Urgent)[\w -]*)*$/i },
  { why: 'wire header', test: /^Eds?\s*:\s/, maxWords: 60 },
  { why: 'wire header', test: /^\d{2,5} words$/i },
  { why: 'wire header', test: /^(?:URGENT|BULLETIN|FLASH|ADVISORY|PRIORITY)$/ },
  // A gallery's label: `Slideshow (4 Images)`, `Gallery: 12 photos`.
  {
    why: 'photo caption or credit',
    test: /^(?:slideshow|gallery|photo gallery)\s*(?:\(\s*\d+\s*(?:images?|photos?|pictures?)\s*\)|:\s*\d+\s*(?:images?|photos?|pictures?))$/i,
  },
  // A messaging channel's post: its forward line and the channel's counters (`48,211 subscribers`, `👁 12.3K`).
  { why: 'forwarded post', test: /^forwarded from\s+\S/i, maxWords: 8 },
  { why: 'channel counter', test: /^[\d.,]+\s*[KkMm]?\s+(?:subscribers|members|followers|views|watching)$/i },
  // A read-later app's note of when the reader saved the page (never when it was published).
  { why: 'page notice', test: /^saved (?:on|to (?:pocket|instapaper))\b/i, maxWords: 14 },
  // A page's notes about itself: that it will be updated, or an acknowledgement of country.
  { why: 'page notice', test: /^this (?:story|article|page|post|report) (?:will be|is being|is|has been) updated\b/i, maxWords: 25 },
  { why: 'page notice', test: /\backnowledges? (?:[\p{L}' ]{0,60} as )?(?:the )?traditional (?:owners|custodians)\b/iu, maxWords: 45 },
  { why: 'contributor credit', test: /^[—–-]*\s*.{0,160}\bcontributed (?:to )?(?:this |the )?(?:report|story|reporting|article)\.?$/i, maxWords: 35 },
  { why: 'syndication note', test: /^\(?[^()]{0,80}\bsyndicated\b.{0,60}\b(?:feed|agency|wire)\b/i, maxWords: 40 },
  // `This service may include material from Reuters and other agencies`: the site's general credit to the wires it
  // may carry, which does not say this story is theirs.
  {
    why: 'page notice',
    test: /^this (?:service|site|website|story|article|report|page) (?:may )?(?:include|includes|contain|contains|carry|carries) material from\b/i,
    maxWords: 40,
  },
  { why: 'share line', test: /^click (?:here )?to share\b|^share\d*$|^(?:copy|copied) link$|^link copied\W*$|^\+?\s*(?:follow|unfollow)$|^social sharing$/i },
  // `03/11/2025`: a date whose day and month could be either way round; the page states it better elsewhere.
  { why: 'timestamp (day and month unclear)', test: /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/ },
  // `Get the story first on the Caldwell Terminal.`: a service's promotion under the story.
  { why: 'promo', test: /^get (?:the )?(?:story|stories|news|breaking news|latest|headlines)\b.{0,50}\bfirst\b/i, maxWords: 14 },
  // `Reporting from Tolland Rapids, Minn.`: where the writers filed from, under the byline.
  { why: 'dateline (reporting from)', test: new RegExp(String.raw`^(?:${eitherCase('reporting')}) from \p{Lu}.{1,60}$`, 'u'), maxWords: 10 },
  // A wire's and a paper's notes on the copy: `--With assistance from ...`, `(Updates with ... in fifth paragraph.)`,
  // `Jonah Reyes contributed reporting from St. Paul.`, `To contact the reporters on this story:`.
  { why: 'reporting credit', test: /^-*\s*with assistance from\b/i, maxWords: 30 },
  { why: 'update note', test: /^\((?:updates?|adds?|recasts?|corrects?|rewrites?|changes?|removes?|clarifies)\b[^()]{0,160}\)$/i },
  { why: 'contributor credit', test: /\bcontributed (?:reporting|research|additional reporting)(?: (?:from|in) .{1,60}?)?\.?$/i, maxWords: 30 },
  { why: 'contact line', test: /^to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,60}:?$/i },
  // `Related article Kestrel Islands ferry operator was warned ...`, `Go deeper: ...`: a link set in the story.
  { why: 'related links', test: /^[Rr]elated (?:article|story|video|content)\s+\p{Lu}/u, maxWords: 30 },
  { why: 'related links', test: /^go deeper\s*:/i, maxWords: 25 },
  { why: 'photo caption or credit', test: (text) => isPhotographerCredit(text) },
  // A blog platform's buttons: `Share this:`, `Click to email a link to a friend (Opens in new window)`.
  { why: 'share line', test: /^share this\s*:?$|^share (?:full |this )?(?:article|story)$|^click to (?:share|email|print|tweet|pin|save)\b.{0,60}$/i },
  // `Help keep family & friends informed by sharing this article`: a share box's prompt.
  { why: 'share line', test: /\bby sharing this (?:article|story|page|post)\b|^share this (?:article|story) with\b/i, maxWords: 15 },
  { why: 'related links', test: /^related (?:video|story|stories|article|articles|coverage|content)\s*:/i, maxWords: 30 },
  { why: 'share line', test: (text) => isShareLine(text) },
  { why: 'navigation', test: (text) => MENU_LINE.test(text.replace(/^[•·*▸►>»-]\s*/, '').replace(/[:.]$/, '')) },
  { why: 'navigation', test: (text) => isMenuRow(text) },
  { why: 'video player', test: /^\[?(?:video|watch|gallery|photos?|audio)\]?\s*\d{1,2}:\d{2}/i, maxWords: 20, startsList: true },
  { why: 'label', test: /^(?:live|breaking|exclusive|updated?|new|authors?|written by|member-only story|members? only|subscriber exclusive|premium)$/i },
  // A radio story's labels: the show it aired on, and its host's label (`As heard on Prairie Crossroads`, `Host`).
  { why: 'label', test: /^as (?:heard|seen) on\b|^(?:hosts?|presenters?|produced by)$/i, maxWords: 8 },
  // An audio player: `Listen · 4:12`, `Download`, `Embed`.
  { why: 'audio player', test: /^(?:listen|play)\s*[·•|:-]?\s*\d{1,2}:\d{2}$|^(?:download|embed)$/i },
  // A programme's card: `Weekdays at 6 and 8 a.m. on 89.3 FM`, `More Episodes`.
  { why: 'programme card', test: /\bon \d{2,3}(?:\.\d)?\s?(?:fm|am|mhz)\b|^(?:more|all|latest) episodes$/i, maxWords: 15 },
  // A listener- or reader-supported site's appeal under the story.
  { why: 'promo', test: /\b(?:listener|reader|member|viewer)-(?:supported|funded)\b|^support (?:local |independent |our )?journalism$/i, maxWords: 30 },
  // An embedded post (`... pic.x.com/Qm7Rk2vT9a`, `— Name (@handle) August 17, 2025`) and a video player's button.
  { why: 'embedded post', test: /\bpic\.(?:twitter|x)\.com\/\S+$/i, maxWords: 60 },
  { why: 'embedded post', test: EMBED_ATTRIBUTION },
  {
    why: 'video player',
    test: /^(?:play now|play video|watch now|replay|video (?:loading|unavailable)|(?:click|tap) to (?:play|unmute)|the video will auto-?play\b.{0,30})$/i,
  },
];

/** Why a block is site furniture, or null when it may be story text. */
export function furnitureReason(block: string): FurnitureVerdict | null {
  // `🔗 Copy link`: a button's icon before its label (`©` is a pictograph too, and is the copyright line's).
  const text = block.trim().replace(/^(?:(?![©®™])[\p{Extended_Pictographic}\uFE0F\u200D])+\s+(?=\p{L})/u, '');
  const n = words(text);
  for (const rule of FURNITURE_RULES) {
    if (rule.maxWords !== undefined && n > rule.maxWords) continue;
    if (typeof rule.test === 'function' ? !rule.test(text, n) : !rule.test.test(text)) continue;
    return rule.startsList === undefined ? { why: rule.why } : { why: rule.why, startsList: rule.startsList };
  }
  return null;
}

/** `(right)`, `(R)`, `, left,`: a caption pointing at people in a picture. */
export const POSITION_MARKER =
  /\((?:left|right|centre|center|L|R|C|front|back|top|bottom|pictured|second (?:left|right)|2nd (?:left|right)|from left|from right)\)|,\s(?:left|right|centre|center),\s/;

/** A caption or a credit line: a photo's description that ends in its credit, or opens as one. */
function isCaption(text: string): boolean {
  // A credit line above or below its caption in one block (`Getty Images` / `President Han (right) ...`).
  const lines = text.split('\n');
  if (lines.length > 1) return true;
  if (CAPTION_OPENING.test(text)) return true;
  // `... at President's house on Monday(ANI )`: a credit in parentheses where a sentence would end; or after its
  // one sentence (`Kim arrives at the station on Wednesday. (Yonhap)`), which a story's paragraph does not end on.
  const endCredit = /(?:[^.!?"”’\s]|^[^.!?]*[^.!?\s][.!?])\s*\(\s*([A-Z][A-Za-z]{1,10}(?:\s*\/\s*[A-Z][A-Za-z]{1,10})?)\s*\)$/.exec(text);
  if (
    endCredit &&
    words(text) <= 40 &&
    endCredit[1]!.split(/\s*\/\s*/).every((c) => agencyNamed(c) !== null || /^(?:Getty|EPA|Pool|Handout|Supplied|File)$/i.test(c))
  )
    return true;
  // A picture's people by position, then its credit or no full stop.
  if (POSITION_MARKER.test(text) && (/\([A-Z][^()]{1,40}\)\.?$/.test(text) || !/[.!?]["”’]?$/.test(text))) return true;
  if (CAPTION_CREDIT_TAIL.test(text)) return true;
  // `Lifeboats joined the rescue. Video: Pennant News`: a short line with a video's credit is the video's caption
  // (a story paragraph may end on one too, but is longer).
  if (VIDEO_CREDIT_TAIL.test(text) && words(text.replace(VIDEO_CREDIT_TAIL, '')) <= 15) return true;
  // `VIDEO: Kim is greeted with bread and salt as his train pulls in (0:58)`: a video's caption under its player,
  // labelled as one or ending on its running time (a story's sentence ends on neither).
  if (words(text) <= 30 && (/^(?:VIDEO|WATCH|AUDIO)\s*:/.test(text) || /\(\d{1,2}:\d{2}(?::\d{2})?\)$/.test(text))) return true;
  // A bare credit: `Getty Images`, `AFP/Getty`, `Kremlin Pool Photo via AP`.
  if (
    words(text) <= 8 &&
    new RegExp(`^(?:[\\p{L}'’.-]+\\s+){0,5}(?:Getty Images|Shutterstock|Pool Photo|AP Photo|AFP PHOTO|Photo|Images?)(?:\\s*/\\s*[\\p{L} ]+)?$`, 'u').test(text)
  )
    return true;
  return false;
}

/** The jobs a byline names (`Seoul correspondent`, `reporter Jane Doe`): one list for bylines and role lines. */
export const JOURNALIST_JOBS = 'reporter|correspondent|editor|writer|producer|presenter|analyst|columnist|journalist';
const JOB_TITLE_LINE = new RegExp(`^(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,3}(?:${JOURNALIST_JOBS}|desk|bureau)$`, 'iu');

/** `Transport Correspondent`, `Senior Writer`, `Examiner Foreign Desk`: a byline's role on a line of its own, never story text. */
export function isJobTitle(line: string): boolean {
  return words(line) <= 4 && JOB_TITLE_LINE.test(line.trim());
}

/** A line that is only a photo credit: `Getty Images`, `EPA`, `Pool | Getty Images`, `Reuters/Jane Doe`. */
/** `Courtesy of Kamisawaguchi town government`, `Photo courtesy of the family`: who supplied the picture. */
const PICTURE_COURTESY = new RegExp(
  String.raw`^(?:(?:${eitherCase('photo', 'image', 'picture')})s?\s+)?(?:${eitherCase('courtesy')})(?:\s+of)?\s+(?:the\s+)?\p{Lu}[^.!?]{1,60}$`,
  'u',
);

/** A photographer's credit on its own line: `Lindsay Okafor for The Greyport Times`, `Lito Ferreira/Reuters`, `Courtesy of ...`. */
export function isPhotographerCredit(line: string): boolean {
  const text = line.trim();
  if (words(text) > 9) return false;
  return (
    /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}for (?:The )?\p{Lu}[\p{L}&'’ .-]{2,40}$/u.test(text) ||
    /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}$/u.test(text) ||
    PICTURE_COURTESY.test(text) ||
    // `LUCIE FERRAND / L'ÉCHO DE MARVIGNE`: a photographer and the agency or paper, in capitals.
    /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}\s+\/\s+\p{Lu}[\p{Lu}\d&'’ .-]{1,40}$/u.test(text)
  );
}

export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  // `Source: Agencies` under the story's last paragraph says where the story came from, not a picture.
  if (/^sources?\s*:/i.test(text)) return false;
  if (isPhotographerCredit(text)) return true;
  if (words(text) > 8) return false;
  if (
    /^(?:(?:[\p{L}.'’-]+\s+){0,4}(?:Getty Images|Getty|EPA(?:-EFE)?|Shutterstock|Alamy|PA(?: Media| Wire)?|AFP|Reuters|REUTERS|AP|Pool|Handout|Supplied|Xinhua|KCNA|Yonhap|Sputnik|Bloomberg|Anadolu|Zuma|SOPA)(?:\s*(?:\/|via|\|)\s*[\p{L}.' -]+)*)$/u.test(
      text,
    )
  )
    return true;
  return isCaption(text) && !text.includes('\n');
}

/** `Share on Facebook Twitter WhatsApp`, `@handle`, `Follow us`: every word is a share or social word. */
function isShareLine(text: string): boolean {
  if (words(text) > 14) return false;
  const tokens = socialTokens(text);
  if (
    !tokens.some((t) =>
      /^@|^(?:share|whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest|flipboard|email|print|tweet|instagram|youtube|tiktok|gift|bookmark|save)$/i.test(
        t,
      ),
    )
  )
    return false;
  return tokens.every((t) => t.startsWith('@') || SOCIAL.test(t));
}

/** The words left of a share line once its social words and handles are gone (`Reuters @site Whatsapp` → `Reuters`). */
export function withoutSocialWords(text: string): { rest: string; hadSocial: boolean } {
  const tokens = socialTokens(text);
  const kept = tokens.filter(
    (t) =>
      !(
        t.startsWith('@') ||
        /^(?:whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest|flipboard|email|print|tweet|instagram|youtube|tiktok|share)$/i.test(t)
      ),
  );
  return {
    rest: kept
      .join(' ')
      .replace(/[•·]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s|,:]+|[\s|,:]+$/g, '')
      .trim(),
    hadSocial: kept.length < tokens.length,
  };
}

function socialTokens(text: string): string[] {
  // `Share to FacebookShare to Instagram`: glued button labels come apart at a lower-to-upper case change.
  return text
    .replace(/([a-z])(?=(?:Share|Email|Follow|Facebook|Twitter|Instagram|Whatsapp|WhatsApp|Telegram|Youtube|YouTube|TikTok|LinkedIn|Print))/g, '$1 ')
    .split(/\s+|(?<=\|)|(?=\|)/)
    .filter(Boolean);
}

/** `Home | World | Asia | Business`, `News · Sport · Weather`: a row of menu entries. */
function isMenuRow(text: string): boolean {
  // `[Home] [World] [Sport]`: a text-only page's links, each in brackets.
  if (/^(?:\[[^[\]]{1,30}\]\s*){2,}$/.test(text)) return true;
  // A breadcrumb: `Home > World > Europe`, `News / City News / Ravalpur News / <the headline>`.
  const crumbs = text.split(/\s+[/>]\s+/);
  if (crumbs.length >= 3 && crumbs.slice(0, -1).every((c) => words(c) <= 3 && !/[.!?]$/.test(c))) return true;
  const items = text.split(/\s*[|•·»›]\s*/).filter(Boolean);
  return items.length >= 3 && items.every((i) => words(i) <= 3 && !/[.!?]$/.test(i));
}

/** `07.52 GMT`, `3:15 pm`: a live blog entry's time. */
export function isTimeOnly(text: string): boolean {
  return /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i.test(text.trim());
}

/** A line too short to be story text and shaped like a menu entry: few words, no sentence punctuation. */
export function isMenuItem(block: string): boolean {
  const text = block.replace(/^[•·*▸►>»-]\s*/, '');
  if (isTimeOnly(text)) return false;
  // `Русский | English | 中文`: a row of links set apart by bars is one entry, however many links it holds (a
  // consent dialog's row of buttons is the dialog's).
  if (/\s\|\s/.test(text))
    return !/\d{4}/.test(text) && !isConsentDialogLine(text) && text.split(/\s*\|\s*/).every((item) => words(item) <= 3 && !/[.!?"”;,]$/.test(item));
  // `U.K.`, `U.S.`: an abbreviation's last dot does not end a sentence.
  return words(text) <= 4 && (!/[.!?"”;,]$/.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text)) && !/\d{4}/.test(text);
}
