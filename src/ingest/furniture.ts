/**
 * Site furniture: what a saved news page holds besides the story. Photo captions and credits, adverts,
 * promos, share and follow lines, navigation, cookie notices, tag lists, comment prompts, copyright lines.
 * Each rule is about how pages are built, never about one site or story; each says why a line goes.
 */

import { agencyNamed } from './agencies.ts';
import { findFullDate } from './dates.ts';
import { oneOf } from '../shared/lexicon.ts';
import { endsSentence, wordCount as words } from './proseShape.ts';

/** `News provided by`: a press-release service's label over (or before) the issuing company's name. */
export const RELEASE_CREDIT = /^(?:news|content|release) (?:provided|distributed) by\b/i;

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
  related(?:\s+(?:news|stories|articles|topics|coverage|content|links|reading|tags|posts|videos?))?
  most read from .{1,40}|see more on\s*:.*
  recommended(?:\s+(?:for you|stories|articles|videos?))?|read more|read also|also read|see also|also see
  more (?:from|on|stories|news|in|like this)\b.*|more stories|more (?:\S+ ){1,2}(?:coverage|stories|news|headlines|articles)
  you (?:may|might) (?:also )?(?:like|be interested in)|you (?:may|might) have missed
  most (?:read|popular|viewed|shared|watched)|trending(?: now| stories| news)?|top stories
  latest (?:news|stories|videos|updates|headlines)|editor'?s picks?|don'?t miss|popular(?: now| stories)?
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

/** Why a block is site furniture, or null when it may be story text. */
export function furnitureReason(block: string): FurnitureVerdict | null {
  const text = block.trim();
  const n = words(text);
  const lower = text.toLowerCase();

  if (
    /^advert(?:s|ising|isement|isements|isment|ise with us)?\s*[:-]?$|^-\s*advert\w*\s*-$|^story continues (?:below|after)|^(?:article )?continues? (?:below|after) (?:the )?advert|^scroll (?:down )?to continue|^continue reading|^sponsored$|^paid (?:content|post|partner)|^skip advertisement$|^ad feedback$/i.test(
      text,
    )
  )
    // `Sponsored`, `Paid Partner Content`: a list of advertisers' teasers follows.
    return { why: 'advertising', startsList: /^(?:sponsored|paid (?:partner )?content|paid partner)/i.test(text) };
  // A sign-up box's field: `Type your email...`, `Enter your email address`.
  if (/^(?:type|enter) your e-?mail(?: address)?\s*(?:\.{3}|…)?$/i.test(text)) return { why: 'newsletter sign-up' };
  // `3` alone on its line: a like or comment counter; a story's number comes with words.
  if (/^\d{1,6}$/.test(text)) return { why: 'counter' };
  // A readers' poll: its question, options and count are the page's, not the story's.
  if (/^(?:readers'?|reader|today's|our|quick)?\s*poll\s*:?$|^have your say\s*:?$/i.test(text)) return { why: 'poll', startsList: true };
  if (/^(?:vote|view results|see results|[\d,]+ votes?(?: so far| cast)?)$/i.test(text)) return { why: 'poll' };
  // `Read more →` under a newsletter's item: a link to the rest, not a list of other stories.
  if (/^(?:read more|read the full story|full story|continue reading)\s*[→»›>]+$/i.test(text)) return { why: 'link' };
  if (RELATED_HEADER.test(text))
    return { why: /^(?:tags?|topics?|keywords?|categories|filed under)\b/i.test(text) ? 'tag list' : 'related links', startsList: true };
  if (/^(?:tags?|topics?|keywords?|categories|filed under|related tags|related topics)\s*[:|]/i.test(text)) return { why: 'tag list' };
  if (/\bcookies?\b/i.test(text) && /\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience|browsing)\b/i.test(text) && n <= 60)
    return { why: 'cookie notice' };
  // A longer notice is the site speaking to the reader of their device: a story about cookies reports it in the third person.
  if (/\bcookies?\b/i.test(text) && /\byour (?:device|browser|settings|consent)\b/i.test(text) && n <= 120) return { why: 'cookie notice' };
  if (CONSENT_DIALOG.test(text) && n <= 90) return { why: 'cookie notice' };
  if (
    /^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|settings)|privacy (?:policy|settings)|terms of (?:use|service)|got it|i agree|ok)$/i.test(
      text,
    )
  )
    return { why: 'cookie notice' };
  if (/^please enter your (?:comment|name|e-?mail)\b/i.test(text) && n <= 10) return { why: 'comments' };
  // A newsletter's link to its web copy, and a print edition's note on a web page.
  if (/^(?:view|read|open) (?:this|the) (?:e-?mail|newsletter|message)(?: online)? (?:in|on) (?:your|a|the) (?:web )?browser\b/i.test(text) && n <= 12)
    return { why: 'page notice' };
  if (/^(?:this|a version of this) (?:article|story) (?:appeared|was published|appears) in print\b/i.test(text) && n <= 40) return { why: 'page notice' };
  // A portal's copy of a partner's story names whose it is (`This article originally appeared on Pell County Tribune: ...`).
  if (/^[Tt]his (?:article|story|report) (?:originally|first) (?:appeared|ran) (?:on|in) (?:the )?\p{Lu}/u.test(text) && n <= 50)
    return { why: 'first-run note' };
  // A translated or partner piece's notes on where it first ran, and an editor's note on the piece itself.
  if (
    /^this (?:article|story|report|piece|translation) (?:was (?:originally|first) published|originally appeared|first appeared|is (?:published|republished) in partnership|appears here (?:in|with|by))\b/i.test(
      text,
    ) &&
    n <= 50
  )
    return { why: 'page notice' };
  if (/^editor'?s['’]? note\s*:/i.test(text) && n <= 60) return { why: 'page notice' };
  // A correction appended to the piece, and an opinion page's disclaimer: notes on the piece, not its story.
  if (
    /^(?:corrections?|clarifications?)\s*(?:\(\w[^)]{0,30}\))?\s*:|^an earlier version of this (?:article|story|report|column|piece)\b/i.test(text) &&
    n <= 80
  )
    return { why: 'correction note' };
  if (/^correction appended$|^this (?:article|story) has been (?:corrected|updated to correct)\b/i.test(text) && n <= 30) return { why: 'correction note' };
  if (
    /\bviews expressed (?:in this (?:\w+ ){0,2})?(?:are|is) (?:solely )?(?:the author'?s|those of the (?:author|writer|columnist)|(?:his|her|their) own)\b/i.test(
      text,
    ) &&
    n <= 45
  )
    return { why: 'page notice' };
  // A paywall's prompt, and the welcome after signing in past it (`You've reached your limit of free articles`).
  if (
    /\b(?:free (?:articles|stories)|unlimited (?:digital )?access|cancel anytime|new subscribers|already a (?:subscriber|member)|subscribers? only|subscriber-only|subscribe to (?:keep|continue) reading|thanks for (?:logging|signing) in|thanks for subscribing|(?:log|sign) ?in to (?:read|continue))\b/i.test(
      text,
    ) &&
    n <= 25
  )
    return { why: 'subscription prompt' };
  // A press release's furniture: the service's label over the issuer, its contacts, its `SOURCE` line, its links to
  // the release's pictures and its legal disclaimer.
  if (RELEASE_CREDIT.test(text) && n <= 10) return { why: 'release credit' };
  if (/^(?:media|press|investor|news|public relations) (?:contacts?|enquiries|inquiries|relations)\s*:?$/i.test(text)) return { why: 'contact line' };
  if (/^SOURCE\s+\p{Lu}/u.test(text) && n <= 10 && !endsSentence(text)) return { why: 'release source line' };
  if (/^(?:photo|logo|video|image|multimedia|audio)s?\s*[-–:]\s*https?:\/\/\S+$/i.test(text)) return { why: 'media link' };
  if (/^(?:forward-looking statements?|cautionary (?:note|statement)s?(?: regarding forward-looking statements?)?|safe harbou?r statement)\s*:?$/i.test(text))
    return { why: 'legal disclaimer' };
  if (/^(?:this|the) (?:press |news )?release (?:contains|includes|may contain)\b.{0,160}\bforward-looking\b/i.test(text)) return { why: 'legal disclaimer' };
  // `Follow Meridian Press's coverage of rail safety at https://...`, `... and follow PBC Tarrowshire on Facebook, X and Instagram`.
  if (/^follow\b.{0,80}\bcoverage\b.{0,60}\bat\s+https?:\/\/\S+$/i.test(text)) return { why: 'promo' };
  if (/\bfollow (?:\S+ ){1,4}on (?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky)\b/i.test(text) && n <= 30) return { why: 'promo' };
  // A call for readers' stories (`Were you affected by the spill? Get in touch.`).
  if (/\bget in touch\b/i.test(text) && n <= 15) return { why: 'reader call-out or contact line' };
  // `Meridian Press is an independent global news organization ...`: the site describing itself, under the story.
  if (
    /^(?:The )?\p{Lu}[\p{L}&'’ .-]{1,40} is an? (?:[\p{L}-]+ ){0,4}(?:news (?:organi[sz]ation|agency|service|outlet|site|cooperative)|newsroom|newspaper|broadcaster|media (?:company|organi[sz]ation))\b/u.test(
      text,
    ) &&
    n <= 25
  )
    return { why: 'publisher notice' };
  // A text-only or low-bandwidth edition's note on itself.
  if (/\b(?:text-only|text only|low-bandwidth|lite) (?:edition|version|site)\b/i.test(text) && n <= 20) return { why: 'page notice' };
  // A video player's labels: `Video duration 02:31`, `Transcript`, `Show transcript`.
  if (/^(?:video )?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:show |hide |read |view |video |full )?transcript$/i.test(text)) return { why: 'video player' };
  // A WordPress feed's footer: `The post <headline> appeared first on <site>.`
  if (/^the post .{5,300} appeared first on .{2,80}$/i.test(text) && n <= 60) return { why: 'feed footer' };
  // A print-friendly copy's own notes: when it was printed (never when the story was published), and its terms.
  if (/^printed on\s*:?\s*\S/i.test(text) && n <= 8) return { why: 'page notice' };
  if (/^this (?:copy|article|content|material) is for your personal,? non-?commercial use\b/i.test(text) && n <= 40) return { why: 'page notice' };
  // `Wednesday, 24 April 2019 | Port Ellison 11°C, showers`: the site's date and weather bar.
  if (/-?\d+\s?°\s?[CF]\b/.test(text) && n <= 15) return { why: 'weather widget' };
  if (/^(?:agencies|news agencies|wire services|agency reports?|wires)$/i.test(text)) return { why: 'byline (agencies)' };
  if (
    /^(?:please enter your (?:comment|name|email)|leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?|view comments|show comments|join the (?:conversation|discussion)|log in to comment|you must be logged in.*)\W*$/i.test(
      text,
    )
  )
    return { why: 'comments' };
  // `5–6 minutes` alone is how a reader view (Firefox, Safari) gives the reading time under the byline.
  if (
    /^(?:\d+\s*(?:min(?:ute)?s?|m)\s*read|listen to (?:this )?article.*|reading time\s*:?.*|\d+\s*(?:min(?:ute)?s?) (?:listen|watch)|\d+\s*[–-]\s*\d+\s*min(?:ute)?s?)$/i.test(
      text,
    ) &&
    n <= 8
  )
    return { why: 'reading time' };
  if (
    /^(?:please (?:turn on|enable) javascript|javascript is (?:disabled|required)|this (?:video|content) is not available|your browser does not support)/i.test(
      text,
    )
  )
    return { why: 'page notice' };
  // A caption that ends in its picture's credit (`... at Vladivostok station on Wednesday. © AFP`): no copyright line.
  const credit = /^([^©]{20,}?)\s*©\s*([^©]{1,40})$/u.exec(text);
  if (credit && n <= 40 && !/\b(?:19|20)\d{2}\b|rights/i.test(credit[2]!)) return { why: 'photo caption or credit' };
  // A copyright line, also one that runs on past it (`© 2025 The Chronicle. All rights reserved. Republication ...
  // prohibited`) or gives the paper's address before it: the © sign is never story text.
  if ((/^(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(text) && n <= 80) || (/©/.test(text) && n <= 40) || (/^\(c\)|all rights reserved\.?$/i.test(text) && n <= 25))
    return { why: 'copyright line' };
  if (/^our standards\s*:/i.test(text) && n <= 12) return { why: 'page notice' };
  if (
    /^\(?(?:this (?:story|article|report) (?:has not been|was not) edited|(?:with )?inputs? from|published from a syndicated|this is an auto-?generated)/i.test(
      text,
    ) &&
    n <= 40
  )
    return { why: 'syndication note' };
  if (/^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|translated) by\b/i.test(text) && n <= 60) return { why: 'reporting credit' };
  // `Contributing: Jane Doe in Springfield.`: who else reported, under a wire story; not its writers.
  if (/^contribut(?:ing|ors?)(?: (?:writers?|reporters?))?\s*:/i.test(text) && n <= 40) return { why: 'contributors credit' };
  // `Have you been affected? Email newsdesk@...`: a call for readers' stories, with the desk's address.
  if (EMAIL.test(text) && n <= 30) return { why: 'reader call-out or contact line' };
  // A writer's note asking for tips (`If you have information ..., you can reach me at name@...`).
  if (EMAIL.test(text) && /\b(?:reach me|contact me|e-?mail me|write to me|get in touch|tips?)\b/i.test(text) && n <= 60)
    return { why: 'reader call-out or contact line' };
  // An opinion page's call for readers' letters: `... submit a letter of up to 300 words to be considered for publication`.
  if (/\bsubmit a letter\b|\bletters? (?:to the editor|for publication)\b|\bto be considered for publication\b/i.test(text) && n <= 60)
    return { why: 'reader call-out or contact line' };
  if (/^editor\s*:/i.test(text) && n <= 6) return { why: 'editor credit' };
  if (isJobTitle(text)) return { why: 'byline (role)' };

  if (isCaption(text)) return { why: 'photo caption or credit' };

  if (PROMO_PREFIX.test(text) && n <= 30) return { why: 'promo' };
  if (PROMO_CALL.test(text) && PROMO_WORDS.test(text) && n <= 25) return { why: 'promo' };
  if (
    n <= 15 &&
    /\b(?:download (?:the|our|today)|sign up (?:for|to)|subscribe (?:to|now|for)|our newsletter|follow us|get the app|in your inbox|stream (?:it )?(?:for free|now|live)|watch (?:now|live|the latest|more)|turn on notifications)\b/i.test(
      text,
    )
  )
    return { why: 'promo' };

  if (n <= 30 && /\b(?:listen to our podcast|our podcast|read(?:ing)? later|reading list|sign up here|sign up now|download (?:the|our) app)\b/i.test(text))
    return { why: 'promo' };
  if (
    /^this material may not be (?:published|reproduced)|^all quotes (?:are )?delayed\b|^(?:got a (?:news )?tip|have a (?:news )?tip)\b|^thanks for reading\b|^(?:like|follow) us on\b|^image \d+ of \d+$|^\d+\s*\/\s*\d+$|^(?:next|previous) (?:slide|image|photo)$|^enlarge this image$|^(?:toggle|hide|show) caption$/i.test(
      text,
    ) &&
    n <= 30
  )
    return { why: /material|rights/i.test(text) ? 'copyright line' : 'page notice' };
  if (/\b(?:hide|toggle) caption$/i.test(text)) return { why: 'photo caption or credit' };
  if (/,\s*opens new tab$|^(?:purchase )?licensing rights\b|^reuse this content$|^\|?\s*license photo$|^(?:licensing|reprints)(?: & reprints)?$/i.test(text))
    return { why: 'link' };
  // A newsletter's sign-up box and an e-mail's footer: the reader's subscription, not the story.
  if (
    (/^(?:you(?:'re| are| were) receiving this (?:e-?mail|newsletter|message)|by signing up,? you agree|enjoying (?:this|the) newsletter)\b/i.test(text) &&
      n <= 40) ||
    (/\bunsubscribe\b/i.test(text) && n <= 14) ||
    /^(?:enter your e-?mail(?: address)?|(?:your )?e-?mail(?: address)?|view (?:it )?in (?:your )?browser|view (?:this e-?mail )?online|forward (?:this|it) to a friend)\W*$/i.test(
      text,
    )
  )
    return { why: 'newsletter' };
  // A markets page's price strip (`EUR/USD 1.1284 ▲ +0.08%   BRENT 64.10 ▲ +0.41%`) and its data notice.
  if (
    (text.match(/[+\-−]?\d+(?:[.,]\d+)?\s?%/g)?.length ?? 0) >= 3 &&
    !/[.!?]["”’]?$/.test(text) &&
    (text.match(/\d/g)?.length ?? 0) * 3 >= text.replace(/\s/g, '').length
  )
    return { why: 'market data' };
  // A market box's row: a name, maybe a contract month, a price and its signed change (`Wheat, Dec. 5.38 +0.04`).
  if (n <= 6 && /^[\p{L}][\p{L}&/ .-]*,?(?:\s+\p{L}{3}\.?)?\s+\d+(?:[.,]\d+)?\s+[+\-−]\d+(?:[.,]\d+)?%?$/u.test(text)) return { why: 'market data' };
  if (
    /^(?:market )?(?:data|prices|quotes) (?:is |are )?delayed\b|\bnot investment advice\b|\b(?:does not|do not) (?:give|constitute|offer) investment advice\b/i.test(
      text,
    ) &&
    n <= 40
  )
    return { why: 'market data' };
  if (/^video\s*player/i.test(text)) return { why: 'video player', startsList: true };
  if (/^(?:enditem|endit|\(end\)|-?\s*end\s*-?)$/i.test(text)) return { why: 'wire marker' };
  if (/^location\s*:/i.test(text) && n <= 8) return { why: 'location line' };
  if (new RegExp(`^${EMAIL.source}$`).test(text)) return { why: 'e-mail line' };
  if (/^\d+\s*(?:[hmd]|hours?|minutes?|mins?|days?)\s+ago\b/i.test(text) && n <= 14) return { why: 'key event link' };
  // `13:20 Second death confirmed`: a live blog's list of key events, each its entry's time and title.
  if (/^\d{1,2}[:.]\d{2}\s+(?!(?:a\.?m|p\.?m|gmt|bst|utc|cet|et|pt|local)\b)\p{L}/iu.test(text) && n <= 14 && !/[.!?"”]$/.test(text))
    return { why: 'key event link' };
  if (/^(?:key events|show key events only|pinned post|live feed)$/i.test(text)) return { why: 'live blog controls' };
  if (isTimeOnly(text)) return { why: 'timestamp' };
  // A wire feed's header: its transmission code (`AP-WF-0424 a0117`), slug (`BC-AS--NKorea-Russia-Summit, 2nd
  // Ld-Writethru`), editors' instructions (`Eds: UPDATES with ...`) and length (`403 words`); and its priority.
  // (Two or three codes: one alone may be a catalogue's title, as the Brown texts are titled `ca01`.)
  if (n >= 2 && n <= 3 && text.split(/\s+/).every((t) => /\d/.test(t) && !/[.,]/.test(t) && !/\p{Ll}{3}/u.test(t)) && !findFullDate(text))
    return { why: 'wire header' };
  if (
    /^BC-[\w-]+(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Writethru|Add|Sub|Correction|Urgent)[\w -]*)*$/i.test(text) ||
    (/^Eds?\s*:\s/.test(text) && n <= 60) ||
    /^\d{2,5} words$/i.test(text)
  )
    return { why: 'wire header' };
  if (/^(?:URGENT|BULLETIN|FLASH|ADVISORY|PRIORITY)$/.test(text)) return { why: 'wire header' };
  // A gallery's label: `Slideshow (4 Images)`, `Gallery: 12 photos`.
  if (/^(?:slideshow|gallery|photo gallery)\s*(?:\(\s*\d+\s*(?:images?|photos?|pictures?)\s*\)|:\s*\d+\s*(?:images?|photos?|pictures?))$/i.test(text))
    return { why: 'photo caption or credit' };
  // A messaging channel's post: its forward line and the channel's counters (`48,211 subscribers`, `👁 12.3K`).
  if (/^forwarded from\s+\S/i.test(text) && n <= 8) return { why: 'forwarded post' };
  if (/^[\d.,]+\s*[KkMm]?\s+(?:subscribers|members|followers|views|watching)$/i.test(text)) return { why: 'channel counter' };
  // A read-later app's note of when the reader saved the page (never when it was published).
  if (/^saved (?:on|to (?:pocket|instapaper))\b/i.test(text) && n <= 14) return { why: 'page notice' };
  // A page's notes about itself: that it will be updated, or an acknowledgement of country.
  if (/^this (?:story|article|page|post|report) (?:will be|is being|is|has been) updated\b/i.test(text) && n <= 25) return { why: 'page notice' };
  if (/\backnowledges? (?:the )?traditional (?:owners|custodians)\b/i.test(text) && n <= 40) return { why: 'page notice' };
  if (/^[—–-]*\s*.{0,160}\bcontributed (?:to )?(?:this |the )?(?:report|story|reporting|article)\.?$/i.test(text) && n <= 35)
    return { why: 'contributor credit' };
  if (/^\(?[^()]{0,80}\bsyndicated\b.{0,60}\b(?:feed|agency|wire)\b/i.test(text) && n <= 40) return { why: 'syndication note' };
  // `This service may include material from Reuters and other agencies`: the site's general credit to the wires it
  // may carry, which does not say this story is theirs.
  if (/^this (?:service|story|article|report|page) (?:may )?(?:include|includes|contain|contains) material from\b/i.test(text) && n <= 40)
    return { why: 'page notice' };
  if (/^click (?:here )?to share\b|^share\d*$|^(?:copy|copied) link$|^link copied\W*$|^\+?\s*(?:follow|unfollow)$/i.test(text)) return { why: 'share line' };
  // `03/11/2025`: a date whose day and month could be either way round; the page states it better elsewhere.
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(text)) return { why: 'timestamp (day and month unclear)' };
  // `Get the story first on the Caldwell Terminal.`: a service's promotion under the story.
  if (/^get (?:the )?(?:story|stories|news|breaking news|latest|headlines)\b.{0,50}\bfirst\b/i.test(text) && n <= 14) return { why: 'promo' };
  // `Reporting from Tolland Rapids, Minn.`: where the writers filed from, under the byline.
  if (/^reporting from \p{Lu}.{1,60}$/iu.test(text) && n <= 10) return { why: 'dateline (reporting from)' };
  // A wire's and a paper's notes on the copy: `--With assistance from ...`, `(Updates with ... in fifth paragraph.)`,
  // `Jonah Reyes contributed reporting from St. Paul.`, `To contact the reporters on this story:`.
  if (/^-*\s*with assistance from\b/i.test(text) && n <= 30) return { why: 'reporting credit' };
  if (/^\((?:updates?|adds?|recasts?|corrects?|rewrites?|changes?|removes?|clarifies)\b[^()]{0,160}\)$/i.test(text)) return { why: 'update note' };
  if (/\bcontributed (?:reporting|research|additional reporting)(?: (?:from|in) .{1,60}?)?\.?$/i.test(text) && n <= 30) return { why: 'contributor credit' };
  if (/^to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,60}:?$/i.test(text)) return { why: 'contact line' };
  // `Related article Kestrel Islands ferry operator was warned ...`, `Go deeper: ...`: a link set in the story.
  if (/^[Rr]elated (?:article|story|video|content)\s+\p{Lu}/u.test(text) && n <= 30) return { why: 'related links' };
  if (/^go deeper\s*:/i.test(text) && n <= 25) return { why: 'related links' };
  if (isPhotographerCredit(text)) return { why: 'photo caption or credit' };
  // A blog platform's buttons: `Share this:`, `Click to email a link to a friend (Opens in new window)`.
  if (/^share this\s*:?$|^share (?:full |this )?(?:article|story)$|^click to (?:share|email|print|tweet|pin|save)\b.{0,60}$/i.test(text))
    return { why: 'share line' };
  if (/^related (?:video|story|stories|article|articles|coverage|content)\s*:/i.test(text) && n <= 30) return { why: 'related links' };
  if (isShareLine(text)) return { why: 'share line' };
  if (MENU_LINE.test(text.replace(/^[•·*▸►>»-]\s*/, '').replace(/[:.]$/, ''))) return { why: 'navigation' };
  if (isMenuRow(text)) return { why: 'navigation' };
  if (/^\[?(?:video|watch|gallery|photos?|audio)\]?\s*\d{1,2}:\d{2}/i.test(text) && n <= 20) return { why: 'video player', startsList: true };
  if (lower === 'live' || /^(?:breaking|exclusive|updated?|new|authors?|written by|member-only story|members? only|subscriber exclusive|premium)$/i.test(text))
    return { why: 'label' };
  // An embedded post (`... pic.x.com/Qm7Rk2vT9a`, `— Name (@handle) August 17, 2025`) and a video player's button.
  if (/\bpic\.(?:twitter|x)\.com\/\S+$/i.test(text) && n <= 60) return { why: 'embedded post' };
  if (EMBED_ATTRIBUTION.test(text)) return { why: 'embedded post' };
  if (
    /^(?:play now|play video|watch now|replay|video (?:loading|unavailable)|(?:click|tap) to (?:play|unmute)|the video will auto-?play\b.{0,30})$/i.test(text)
  )
    return { why: 'video player' };
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
/** A photographer's credit on its own line: `Lindsay Okafor for The Greyport Times`, `Lito Ferreira/Reuters`. */
export function isPhotographerCredit(line: string): boolean {
  const text = line.trim();
  if (words(text) > 9) return false;
  return (
    /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}for (?:The )?\p{Lu}[\p{L}&'’ .-]{2,40}$/u.test(text) ||
    /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}$/u.test(text)
  );
}

export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
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
