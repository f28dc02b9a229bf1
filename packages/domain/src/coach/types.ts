/** The three language coaches Mend offers. */
export type CoachKind = 'apology' | 'statement' | 'reply';

/** One thing the coach points at: the words (UTF-16 offsets, end exclusive), why, and a better shape. */
export interface Finding {
  kind: string;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

/** Which of the four parts of a full apology a draft contains. */
export interface ApologyParts {
  namesAct: boolean;
  ownsIt: boolean;
  acknowledgesImpact: boolean;
  commitsToChange: boolean;
}

/** What a coach found in a text; `parts` is present for apologies only. */
export interface CoachAnalysis {
  findings: Finding[];
  parts?: ApologyParts;
}

/** An apology analysis always reports its parts. */
export type ApologyAnalysis = CoachAnalysis & { parts: ApologyParts };
