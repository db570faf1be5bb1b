// The shape of a curated argument file (validated against corpus/schema/argument.schema.json at load).

/** A passage of the article: its exact words plus a little context on either side. */
export interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface CuratedStatement {
  text: string;
  quote: Quote;
}

export interface CuratedPeriod {
  label: string;
  from: number;
  to: number;
  passages: Quote[];
}

export interface CuratedClaim {
  text: string;
  quote: Quote;
  footnotes: number[];
}

export interface CuratedSection {
  title: string | null;
  claims: CuratedClaim[];
}

export interface CuratedArgument {
  article: string;
  title?: string;
  question: CuratedStatement;
  thesis: CuratedStatement;
  periods: CuratedPeriod[];
  sections: CuratedSection[];
}
