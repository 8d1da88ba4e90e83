/** One news article after cleaning. */
export interface Article {
  /** File name inside the seeds folder, e.g. `000_077c.txt`. */
  source: string;
  title: string;
  publisher: string | null;
  /** Publication date as `YYYY-MM-DD`, or null when the article does not say. */
  date: string | null;
  url: string | null;
  passages: Passage[];
}

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
}

/** Metadata a `sources.json` may give or override, keyed by file name. */
export interface SourceOverride {
  title?: string;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
}
