/**
 * Bylines: who wrote a story and for whom. `By Maria Vasilyeva and Vladimir Soldatkin`, `By A, B and C`,
 * `By Jane Doe, Reuters`, `Jane Doe | Reuters`, `By Yonhap News Agency`, `Reuters`, `AFP`.
 */
import { agencyNamed } from './agencies.ts';
import { EMAIL, JOURNALIST_JOBS, withoutSocialWords } from './furniture.ts';
import { NEWS_NAME } from './newsNames.ts';
import { oneOf } from '../shared/lexicon.ts';

export interface Byline {
  authors: string[];
  agency: string | null;
  /** A news organisation named in the byline that is not a wire (`By Staff, City Gazette`). */
  publisher: string | null;
}

/** A journalist's job, as a part of a byline names it (`Senior Correspondent`, `Transport editor`). */
const JOB = new RegExp(`\\b(?:${JOURNALIST_JOBS})s?\\b`, 'i');

/** `... reporter Jane Doe`: a job, then the name holding it. */
const TITLED_NAME = new RegExp(`\\b(?:${JOURNALIST_JOBS})\\s+((?:[\\p{Lu}][\\p{L}'’.-]*\\s*){2,4})$`, 'u');

const PREFIX = /^(?:by|curated by|edited by|written by|words by|story by|posted by|reported by|report by|author|authors|byline|reporter|reporters)\b\s*:?\s*/i;
/** Words that describe a role or an organisation, never part of a person's name. */
const ROLE = new RegExp(
  String.raw`\b(?:${oneOf`
  news|agency|staff|correspondent|correspondents|editor|editors|reporter|reporters|writer|writers|press|times
  desk|bureau|team|online|digital|web|media|service|network|tv|report|daily|post|journal|contributor
  contributors|producer|analyst|columnist|chief|senior|political|diplomatic|international|foreign|affairs|asia
  europe|presenter|anchor|world|herald|tribune|express|wire|wires|agencies|group|channel|radio|in|at|for|with
  from|updated|published|read|min
`})\b`,
  'i',
);
const PARTICLE = /^(?:de|van|von|der|den|da|di|du|dos|del|della|la|le|al|el|bin|ibn|ter|ten|y|st\.?)$/;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

/** A person's name: two to five capitalised words, particles allowed inside. */
export function isPersonName(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (ROLE.test(text) || agencyNamed(text)) return false;
  if (!NAME_WORD.test(tokens[0]!) || !NAME_WORD.test(tokens[tokens.length - 1]!)) return false;
  // `The Northern Ledger`: an article opens a title, never a name.
  if (/^(?:The|A|An)$/.test(tokens[0]!)) return false;
  return tokens.every((t) => NAME_WORD.test(t) || PARTICLE.test(t)) && tokens.some((t) => /\p{Ll}{2}|\p{Lu}{3}/u.test(t));
}

/** The byline a line is, or null when it is something else. */
export function readByline(line: string): Byline | null {
  if (line.length > 200) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.split(/\s+/).length > 24 || /[.!?]["”]?$/.test(text.replace(/\b[A-Z]\.$/, ''))) return null;
  const prefixed = PREFIX.exec(text);
  // `Jane Doe (AFP, Reuters)`, `By Jane Doe (with AFP)`: the wires credited in parentheses.
  const credited =
    [...text.matchAll(/\(([^)]*)\)/g)]
      .flatMap((m) => m[1]!.split(/\s*[,/]\s*/))
      // `(with AFP)`: the wire the writer worked from.
      .map((x) => agencyNamed(x.replace(/^with\s+/i, '')))
      .find((a) => a !== null) ?? null;
  // `Jane Doe · CBX News`: a dot between spaces parts fields, as a bar does (share rows use it as decoration too).
  const body = withoutSocialWords((prefixed ? text.slice(prefixed[0].length) : text).replace(/\s+[·•]\s+/g, ' | '))
    .rest.replace(/\bhttps?:\/\/\S+|\S+\.(?:com|org|net)\/\S*|\/in\/\S+/g, ' ')
    .replace(new RegExp(EMAIL.source, 'g'), ' ')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!body) return null;

  const whole = agencyNamed(body);
  if (whole) return { authors: [], agency: whole, publisher: null };

  // `Jane Doe | Reuters`, `Jane Doe - AFP`, `Jane Doe / Staff Writer`, `By A, B and C`, `By Jane Doe and John Roe, Reuters`.
  const parts = body
    .split(/\s*[,;|]\s*|\s+[–—/-]\s+|\s+(?:and|&)\s+/)
    .map((p) => p.replace(/\s+(?:in|at)\s+[A-Z][\p{L} ]*$/u, '').trim())
    .filter(Boolean);
  const authors: string[] = [];
  let agency: string | null = null;
  let publisher: string | null = null;
  let unknown = 0;
  for (const [i, whole] of parts.entries()) {
    // `KATIE SMITH Associated Press`, `Emma Burrows The Associated Press`: a name, then its wire.
    const tail = wireAtEnd(whole);
    if (tail) agency ??= tail.agency;
    const part = tail ? tail.rest : whole;
    if (!part) continue;
    // `By DELPHINE MARSH Harrier Press Writer`, `By JANE DOE AP Business Writer`: a name in capitals, then the job.
    const capitalsThenJob = prefixed ? CAPITALS_THEN_JOB.exec(part) : null;
    if (capitalsThenJob && isPersonName(capitalsThenJob[1]!)) {
      authors.push(capitalsThenJob[1]!);
      // `AP Business Writer`: a wire named in the job is the story's wire.
      const job = capitalsThenJob[2]!.trim().split(/\s+/);
      for (let k = job.length; k >= 1 && agency === null; k -= 1) agency = agencyNamed(job.slice(0, k).join(' '));
      continue;
    }
    // `By RENATA KOWALCZYK and DEVIN ASHWORTH Meridian Press`: the last name in capitals, then where they work.
    const capitalsThenSite = prefixed && i === parts.length - 1 ? CAPITALS_THEN_SITE.exec(part) : null;
    if (capitalsThenSite && isPersonName(capitalsThenSite[1]!) && NEWS_NAME.test(capitalsThenSite[2]!)) {
      authors.push(capitalsThenSite[1]!);
      publisher ??= capitalsThenSite[2]!;
      continue;
    }
    const named = agencyNamed(part);
    // After the writer, a paper's name (`By Arkady Belov, Vostochny Kurier`, `Aileen Marchetti · CBX News`) is where
    // the writer works, not a second writer.
    const site =
      (prefixed || (i > 0 && authors.length > 0)) &&
      NEWS_NAME.test(part) &&
      !/\b(?:correspondent|editor|reporter|writer|staff|desk|team|bureau|service|digital)\b/i.test(part);
    if (named) agency ??= named;
    else if (isPersonName(part) && !(site && i > 0 && NEWS_NAME.test(part.split(/\s+/).at(-1)!))) authors.push(part);
    else if (site) publisher ??= part;
    // `By Hana Okoro and Dev Palmer, MNN`: a short name in capitals after the writers is their outlet.
    else if (prefixed && i > 0 && authors.length > 0 && /^\p{Lu}{2,5}$/u.test(part)) publisher ??= part;
    else if (prefixed && ROLE.test(part) && part.split(/\s+/).length <= 8) {
      // `ITV News West Country reporter Jane Doe`: a role, then the name.
      const titled = TITLED_NAME.exec(part);
      if (titled && isPersonName(titled[1]!.trim())) authors.push(titled[1]!.trim());
      // `BBC Seoul correspondent`, `Reuters staff`: a role; a wire named in it is still the wire.
      const wire = part
        .split(/\s+/)
        .map((w) => agencyNamed(w))
        .find((a) => a !== null);
      if (wire) agency ??= wire;
    } else unknown += 1;
  }
  // `Rowan Pell, Senior Correspondent, Brisbane`: a name, the journalist's job and where they file from, no `By`.
  if (!prefixed && parts.length >= 2 && parts.length <= 3 && isPersonName(parts[0]!) && JOB.test(parts[1]!) && parts[1]!.split(/\s+/).length <= 4) {
    const place = parts[2];
    if (place === undefined || /^(?:[\p{Lu}][\p{L}'’.-]*\s?){1,3}$/u.test(place)) return { authors: [parts[0]!], agency: null, publisher: null };
  }
  if (unknown > 0) return null;
  agency ??= credited;
  // `Curated By:`, `Edited by`: credited, but not the story's authors.
  if (prefixed && /^(?:curated|edited) by/i.test(prefixed[0])) return { authors: [], agency, publisher };
  // `Curated By: News Desk`: a byline that names no one.
  if (!authors.length && !agency && !publisher)
    return prefixed && /^(?:by|curated by|edited by|written by)\b/i.test(prefixed[0]) ? { authors, agency, publisher } : null;
  // Without `By`, a line of names is a byline only when a wire or a site is credited beside them (`A | Reuters`,
  // `Aileen Marchetti · CBX News`).
  if (!prefixed && !agency && !(publisher && authors.length)) return null;
  return { authors, agency, publisher };
}

/** A name in capitals and then, capitalised, the writer's job (`DELPHINE MARSH Harrier Press Writer`). */
const CAPITALS_THEN_JOB =
  /^((?:\p{Lu}[\p{Lu}'’.-]+\s+){1,3}?\p{Lu}[\p{Lu}'’.-]+)\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4})(?:Writer|Reporter|Correspondent|Editor|Photographer|Staff)$/u;

/** A name in capitals and then, capitalised, a site's name (`DEVIN ASHWORTH Meridian Press`). */
const CAPITALS_THEN_SITE = /^((?:\p{Lu}[\p{Lu}'’.-]+\s+){1,3}?\p{Lu}[\p{Lu}'’.-]+)\s+((?:(?:The|\p{Lu}\p{Ll}[\p{L}&'’.-]*)\s*){1,5})$/u;

/** The wire named by a part's last words, and the words before it. */
function wireAtEnd(part: string): { agency: string; rest: string } | null {
  const tokens = part.split(/\s+/);
  for (let k = Math.min(4, tokens.length - 1); k >= 1; k -= 1) {
    const agency = agencyNamed(tokens.slice(-k).join(' '));
    if (agency) return { agency, rest: tokens.slice(0, -k).join(' ') };
  }
  return null;
}

/** `(Reporting by A and B in Moscow; Editing by C)`: the reporters a wire story credits at its end. */
export function readReportingCredit(line: string): string[] {
  const authors: string[] = [];
  // Additional reporting and editing are credited, but the story is the reporters' and writers'.
  for (const m of line.matchAll(/(?<!additional )\b(?:reporting|writing|written|compiled) by\s+([^;()]+)/gi)) {
    for (const part of m[1]!.split(/\s*,\s*|\s+(?:and|&)\s+/)) {
      const name = part
        .replace(/\s+(?:in|at|from)\s+[A-Z][\p{L} ]*$/u, '')
        .replace(/[.)]+$/, '')
        .trim();
      if (isPersonName(name) && !authors.includes(name)) authors.push(name);
    }
  }
  return authors;
}
