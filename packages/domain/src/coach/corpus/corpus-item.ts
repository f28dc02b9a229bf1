/** One labelled text: the kinds a coach should find in it, or none for a clean text. */
export interface CorpusItem {
  text: string;
  kinds: string[];
}
