/** One news article after cleaning. */
export interface Article {
  /** File name inside the seeds folder, e.g. `000_077c.txt`. */
  source: string;
  title: string;
  /**
   * The site or paper that published it (`The Financial Express`); when the page names no site, the wire it
   * came from, as the page credits it (`BSS/AFP`).
   */
  publisher: string | null;
  /** The wire agency the story came from (`AFP`, `Reuters`), or null when the page names none. */
  agency: string | null;
  /** The people a byline names, in its order. */
  authors: string[];
  /** Publication date as `YYYY-MM-DD`, or null when the article does not say. */
  date: string | null;
  /** `--04-26` when the page gives a month and day but no year anywhere; otherwise null. */
  dateWithoutYear: string | null;
  url: string | null;
  passages: Passage[];
  /** Lines read but not kept as paragraphs or headings, with the reason. */
  dropped: DroppedLine[];
  /** Where each piece of metadata was read from, e.g. `publisher: masthead line "The Financial Express"`. */
  origins: MetadataOrigins;
}

export interface DroppedLine {
  line: string;
  why: string;
}

export type MetadataField = 'title' | 'publisher' | 'agency' | 'authors' | 'date' | 'url';
export type MetadataOrigins = Partial<Record<MetadataField, string>>;

/** One paragraph a reader of the cleaned article sees. */
export interface Passage {
  /** `source#paragraph`, unique across the corpus. */
  id: string;
  source: string;
  /** 1-based position among the article's cleaned paragraphs. */
  paragraph: number;
  text: string;
  /** The section heading the paragraph sits under, if any. */
  heading: string | null;
  /**
   * Where the story starts in `text`: past a lead paragraph's wire dateline (`VLADIVOSTOK, Russia, April 25, 2019
   * (BSS/AFP) –`), which says where and when the story was filed, not what it tells; 0 otherwise. Read once at ingest.
   */
  storyStart: number;
}

/** Metadata a `sources.json` may give or override, keyed by file name. */
export interface SourceOverride {
  title?: string;
  publisher?: string | null;
  agency?: string | null;
  authors?: string[];
  date?: string | null;
  url?: string | null;
}
