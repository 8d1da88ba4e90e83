/**
 * Lines that carry an article's metadata rather than its story: bylines, timestamps, `Source:` and agency
 * credits, copyright and syndication lines, the lead's dateline. Each is read into the collector.
 */
import { NEWS_NAME } from './newsNames.ts';
import type { DroppedLine } from './types.ts';
import { agenciesIn, agencyNamed, agencyOnlyLine, WIRE_NAME } from './agencies.ts';
import { type Byline, readByline, readReportingCredit } from './byline.ts';
import { findFullDate, findFullDates } from './dates.ts';
import { dateOnlyLine } from './dateLines.ts';
import { FIRST_RUN_NOTE, furnitureReason, withoutSocialWords } from './furniture.ts';
import type { MetadataCollector } from './metadata.ts';
import { readDateline, readPlaceAgencyLine, readTimestampLine } from './parseDateline.ts';
import { headerFields, META_LINE } from './splitBlocks.ts';
import { eitherCase } from '../shared/lexicon.ts';

/** A copyright line's owner: `© 2019 Thomson Reuters` → agency Reuters; `© 2019 CNBC LLC` → the site CNBC. */
function copyrightOwner(block: string): { agency: string | null; owner: string | null; year: number | null } {
  const year = /\b((?:19|20)\d{2})\b/.exec(block);
  const agency = agenciesIn(block)[0] ?? null;
  // The owner is named first: `© 2019 CNBC LLC. All Rights Reserved. A Division of ...`; in a footer's row of links,
  // first after the mark (`Advertise with us | Privacy | © Treswithen Courier 2025`).
  const mark = block.search(/©|\(c\)|copyright/i);
  const fromMark = mark > 0 && /\|/.test(block.slice(0, mark)) ? block.slice(mark) : block;
  const name = (fromMark.split(/\.\s+|\s+\|\s+/)[0] ?? fromMark)
    .replace(/\s+(?:or|and)\s+its\s+affiliat.*$/i, '')
    .replace(
      /©|\(c\)|copyright|all rights reserved\.?|\bby\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b|\b(?:LLC|Ltd|Limited|Inc|Corp|PLC|GmbH|Pvt|Co|Company)\b\.?|,/gi,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .replace(/^[\s.|]+|[\s.|]+$/g, '');
  const owner = name && name.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(name) ? name : null;
  return { agency, owner, year: year ? Number(year[1]) : null };
}

export interface ReadState {
  meta: MetadataCollector;
  dropped: DroppedLine[];
  /** A copyright owner that is not a wire: the site, when nothing better names one. */
  copyrightSite: { value: string; line: string } | null;
  /** Wires named in copyright lines: the story's agency, or (another wire than the story's) the site. */
  copyrightWires: { value: string; line: string }[];
  /** The `Reporting by` line, where authors come from when no byline names any. */
  creditLine: string | null;
  /** The credit as a lead's dateline writes it (`BSS/AFP`), used as publisher when no site is named. */
  leadCredit: string | null;
  /** A masthead that is a wire's name: the agency when no dateline, byline or credit names one. */
  mastheadWire: { value: string; line: string } | null;
}

/** A header-ish line split at `|` (`By Yonhap News Agency | Updated April 26, 2019`): each field read as metadata. */
export function readMetaFields(block: string, state: ReadState, beforeTitle: boolean): boolean {
  const fields = headerFields(block);
  if (!fields.length) return false;
  const readers: (() => void)[] = [];
  for (const [i, field] of fields.entries()) {
    const reader = metaFieldReader(field, block, state, beforeTitle);
    // `Written by Anjali Deshmane | Varunpur | Updated: ...`: the town after a byline is where the writer files from.
    const filedFrom = i > 0 && readByline(fields[i - 1]!) !== null && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(field);
    if (!reader && !filedFrom) return false;
    if (reader) readers.push(reader);
  }
  for (const read of readers) read();
  return true;
}

/** How to read one metadata field, or null when the text is not one. */
function metaFieldReader(field: string, line: string, state: ReadState, beforeTitle: boolean): (() => void) | null {
  const { meta } = state;
  const stamp = readTimestampLine(field);
  if (stamp) return () => meta.addDate(stamp.date, stamp.isUpdate ? 'updated line' : 'published line', line);
  const bareDate = dateOnlyLine(field);
  if (bareDate) return () => meta.addDate(bareDate, beforeTitle ? 'date line before the title' : 'date line', line);
  if (/^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/i.test(field)) return () => undefined;
  // A page header's publication (`B3 | Tuesday, November 18, 2025 | The Prairie Examiner`).
  if (field !== line && NEWS_NAME.test(field) && /^(?:(?:The|[\p{Lu}][\p{L}&'’.-]*)\s*){1,5}$/u.test(field))
    return () => meta.setPublisher(field, 'page header', line);
  // A printed edition's name: `The Prairie Examiner e-Edition` names the publication.
  const edition = /^(.+?)\s+(?:e-?edition|print edition|digital edition)$/i.exec(field);
  if (field !== line && edition) return () => meta.setPublisher(edition[1]!, 'edition line', line);
  // A printed edition's masthead line: `VOL. 141, NO. 115`, `$2.00`, `Page 6`, `B3`, say nothing of the story.
  if (
    field !== line &&
    /^(?:vol(?:ume)?\.?\s*[\dIVXLC]+(?:,?\s*no\.?\s*\d+)?|no\.?\s*\d+|[$€£¥]\s?\d+(?:[.,]\d{2})?|page\s+[A-Z]?\d+|[A-Z]?\d{1,3})$/i.test(field)
  )
    return () => undefined;
  // `13 May 2025 | 8 min read`: the reading time beside a date says nothing of the story.
  if (field !== line && furnitureReason(field)?.why === 'reading time') return () => undefined;
  // `Reuters|Published`: a label whose date the page left out.
  if (/^(?:published|updated|posted|last updated|first published)\s*:?$/i.test(field)) return () => undefined;
  const field2 = META_LINE.exec(field);
  if (field2) {
    const key = field2[1]!.toLowerCase();
    const value = field2[2]!.trim();
    if (key === 'source' || key === 'sources' || key === 'agency' || key === 'publisher' || key === 'publication' || key === 'outlet') {
      return () => {
        const date = findFullDate(value);
        if (date) meta.addDate(date, 'source line', line);
        const wire = agencyNamed(value) ?? (key === 'source' || key === 'sources' || key === 'agency' ? (agenciesIn(value)[0] ?? null) : null);
        if (wire) meta.setAgency(wire, `${key} line`, line);
        else if (!/^https?:/i.test(value)) {
          // `Source: The Marrow Falls Ledger, March 9, 2026`: the site, then the date it gave.
          const dates = findFullDates(value);
          const dateless = dates.length ? value.slice(0, dates[0]!.index).replace(/[\s,;|–—-]+$/, '') : value;
          const site = dateless.replace(/\s*(?:,|and|&|with)\s+(?:news\s+)?(?:agencies|wires|wire services)\.?$/i, '').trim();
          if (site && site.split(/\s+/).length <= 6) meta.setPublisher(site, `${key} line`, line);
        }
      };
    }
    if (key === 'date' || key === 'published' || key === 'updated')
      return () => meta.addDate(findFullDate(value), key === 'updated' ? 'updated line' : 'published line', line);
    if (key === 'author' || key === 'authors' || key === 'byline' || key === 'by') {
      // A feed's `newsdesk@site.example (Sofia Lindgren)`: the name, not the mailbox.
      const byline = readByline(`By ${value.replace(/^\S+@\S+\s*\(([^()]+)\)$/, '$1')}`);
      return () => {
        if (byline) applyByline(byline, line, state);
      };
    }
    if (key === 'url' || key === 'link') return () => meta.setUrl(value, `url line "${line}"`);
    if (key === 'editor') return () => undefined;
    return null;
  }
  const byline = readByline(field);
  if (byline) return () => applyByline(byline, line, state);
  const wire = agencyOnlyLine(field);
  if (wire) return () => meta.setAgency(wire, 'agency credit', line);
  return null;
}

function applyByline(byline: Byline, line: string, state: ReadState): void {
  state.meta.addAuthors(byline.authors, 'byline', line);
  if (byline.agency) state.meta.setAgency(byline.agency, 'byline', line);
  // A byline that names only a paper (`Story by The Coastline Standard`) credits it with the story; one that names a
  // writer and a paper (`Arkady Belov, Vostochny Kurier`) says where the writer works.
  if (byline.publisher) state.meta.setPublisher(byline.publisher, byline.authors.length ? 'byline' : 'story credit', line);
}

/** Reads a line that only carries metadata (byline, timestamp, agency credit, source), and says why it goes; null when it is something else. */
export function readMetadataLine(block: string, state: ReadState, beforeTitle: boolean): string | null {
  const { meta } = state;
  // Metadata lines are short; a paragraph of story is never one.
  if (block.length > 240) return null;
  // `By Yonhap News Agency | Updated April 26, 2019`: field by field first, so the date is kept too.
  if (block.includes('|') && block.length <= 200 && readMetaFields(block, state, beforeTitle)) return 'metadata line (byline, date or source)';
  const byline = readByline(block);
  if (byline) {
    applyByline(byline, block, state);
    return 'byline';
  }
  if (block.length <= 200 && readMetaFields(block, state, beforeTitle)) return 'metadata line (byline, date or source)';
  const placeAgency = readPlaceAgencyLine(block);
  if (placeAgency) {
    meta.setAgency(placeAgency, 'agency line', block);
    return 'agency line';
  }
  // `Reuters @site Whatsapp`: a wire credit among share buttons.
  if (block.length > 80) return null;
  const social = withoutSocialWords(block);
  if (social.hadSocial && social.rest) {
    const wire = agencyNamed(social.rest) ?? readByline(social.rest)?.agency ?? null;
    if (wire) {
      meta.setAgency(wire, 'credit line', block);
      return 'share line (wire credit kept as agency)';
    }
  }
  return null;
}

/** Records a furniture line's side information (a wire named in a credit or copyright line) and its reason. */
/** `... Republished by the Lakeshore Chronicle under licence.`: the site that carries a wire's story. */
const REPUBLISHED_BY = new RegExp(
  String.raw`\b(?:${eitherCase('republished')}) (?:by|in|on) (?:(?:${eitherCase('the')}) )?(\p{Lu}[\p{L}\d&'’ .-]{1,40}?)(?:\s+(?:under|with)\s+(?:licen[cs]e|permission|agreement)\b.*)?\.?$`,
  'u',
);

export function readFurnitureMetadata(block: string, why: string, state: ReadState): void {
  const { meta } = state;
  if (why === 'copyright line') {
    const owner = copyrightOwner(block);
    if (owner.year) meta.addYear(owner.year, 'copyright line', block);
    // A wire's copyright is the wire's story; any other owner is the site, when nothing better names one.
    if (owner.agency) state.copyrightWires.push({ value: owner.agency, line: block });
    else if (owner.owner) state.copyrightSite ??= { value: owner.owner, line: block };
    // `© 2019 Reuters. Republished by the Lakeshore Chronicle under licence.`: the wire's story, the site's page.
    const republisher = REPUBLISHED_BY.exec(block);
    if (republisher) state.copyrightSite = { value: republisher[1]!.trim(), line: block };
  } else if (why === 'contributor credit') {
    // `Kanto Press contributed to this report.`: a wire's name alone, not a writer's, credits the wire.
    const subject = /^[—–-]*\s*(?:The\s+)?(.+?)\s+contributed\b/.exec(block)?.[1];
    const wire = subject ? (agencyNamed(subject) ?? (WIRE_NAME.test(subject) ? subject : null)) : null;
    if (wire) meta.setAgency(wire, 'contributor credit', block);
  } else if (why === 'syndication note') {
    const wire = agenciesIn(block).at(-1);
    if (wire) meta.setAgency(wire, 'syndication note', block);
  } else if (why === 'first-run note') {
    // The outlet a portal credits for the story, up to the colon before its headline, over the portal's own name.
    const outlet = new RegExp(String.raw`${FIRST_RUN_NOTE}(\p{Lu}[^:]{1,60}?)\s*(?::|\.?$)`, 'u').exec(block)?.[1];
    if (outlet) meta.setPublisher(outlet, 'story credit', block);
  } else if (why === 'forwarded post') {
    // A messaging channel's forward names where the post first ran (`Forwarded from Orbis News`): its publisher,
    // over the forwarding channel's own name at the top.
    const source = /^forwarded from\s+(.+)$/i.exec(block)?.[1]?.trim();
    if (source) meta.setPublisher(source, 'story credit', block);
  } else if (why === 'reporting credit') {
    for (const name of readReportingCredit(block)) if (!meta.creditedAuthors.includes(name)) meta.creditedAuthors.push(name);
    state.creditLine ??= block;
  }
}

/** A wire dateline at the head of one of the first paragraphs: its agency, site and date. */
export function readLeadDateline(text: string, state: ReadState): void {
  const dateline = readDateline(text);
  if (!dateline) return;
  const { meta } = state;
  if (dateline.date) meta.addDate(dateline.date, 'dateline', dateline.text);
  else if (dateline.monthDay) meta.addMonthDay(dateline.monthDay, dateline.text);
  if (dateline.agency) {
    // The dateline's credit stands in for the site when none is named (`BSS/AFP`); a wire other than the
    // byline's (`(UPI)` over a Yonhap story) is the one that published it.
    if (meta.agency === null || meta.agency !== dateline.agency) state.leadCredit ??= dateline.agency;
    meta.setAgency(dateline.agency, 'dateline', dateline.text);
  }
  if (dateline.publisher) meta.setPublisher(dateline.publisher, 'dateline', dateline.text);
}
