import type { CoachKind } from '../types';
import { APOLOGY_FIRST } from './apology';
import { APOLOGY_BLIND } from './apology-blind';
import { APOLOGY_BLIND2 } from './apology-blind2';
import { APOLOGY_BLIND3 } from './apology-blind3';
import { APOLOGY_BLIND4 } from './apology-blind4';
import { APOLOGY_BLIND5 } from './apology-blind5';
import { APOLOGY_BLIND6 } from './apology-blind6';
import { APOLOGY_BLIND7 } from './apology-blind7';
import { APOLOGY_BLIND8 } from './apology-blind8';
import { APOLOGY_BLIND9 } from './apology-blind9';
import { APOLOGY_BLIND10 } from './apology-blind10';
import { APOLOGY_BLIND11 } from './apology-blind11';
import { APOLOGY_BLIND12 } from './apology-blind12';
import { APOLOGY_BLIND13 } from './apology-blind13';
import { APOLOGY_BLIND14 } from './apology-blind14';
import { APOLOGY_BLIND15 } from './apology-blind15';
import { APOLOGY_BLIND16 } from './apology-blind16';
import { APOLOGY_BLIND17 } from './apology-blind17';
import { APOLOGY_BLIND18 } from './apology-blind18';
import { APOLOGY_BLIND19 } from './apology-blind19';
import { APOLOGY_BLIND20 } from './apology-blind20';
import { APOLOGY_BLIND21 } from './apology-blind21';
import { APOLOGY_BLIND22 } from './apology-blind22';
import { APOLOGY_BLIND24 } from './apology-blind24';
import { APOLOGY_BLIND25 } from './apology-blind25';
import { APOLOGY_CLEAN2 } from './apology-clean2';
import { APOLOGY_PLAIN } from './apology-plain';
import type { CorpusItem } from './corpus-item';
import { REPLY_FIRST } from './reply';
import { REPLY_BLIND } from './reply-blind';
import { REPLY_BLIND2 } from './reply-blind2';
import { REPLY_BLIND3 } from './reply-blind3';
import { REPLY_BLIND4 } from './reply-blind4';
import { REPLY_BLIND5 } from './reply-blind5';
import { REPLY_BLIND6 } from './reply-blind6';
import { REPLY_BLIND7 } from './reply-blind7';
import { REPLY_BLIND8 } from './reply-blind8';
import { REPLY_BLIND9 } from './reply-blind9';
import { REPLY_BLIND10 } from './reply-blind10';
import { REPLY_BLIND11 } from './reply-blind11';
import { REPLY_BLIND12 } from './reply-blind12';
import { REPLY_BLIND13 } from './reply-blind13';
import { REPLY_BLIND14 } from './reply-blind14';
import { REPLY_BLIND15 } from './reply-blind15';
import { REPLY_BLIND16 } from './reply-blind16';
import { REPLY_BLIND17 } from './reply-blind17';
import { REPLY_BLIND18 } from './reply-blind18';
import { REPLY_BLIND19 } from './reply-blind19';
import { REPLY_BLIND20 } from './reply-blind20';
import { REPLY_BLIND21 } from './reply-blind21';
import { REPLY_BLIND22 } from './reply-blind22';
import { REPLY_BLIND24 } from './reply-blind24';
import { REPLY_BLIND25 } from './reply-blind25';
import { REPLY_BLIND26 } from './reply-blind26';
import { REPLY_CLEAN2 } from './reply-clean2';
import { REPLY_PLAIN } from './reply-plain';
import { STATEMENT_FIRST } from './statement';
import { STATEMENT_BLIND } from './statement-blind';
import { STATEMENT_BLIND2 } from './statement-blind2';
import { STATEMENT_BLIND3 } from './statement-blind3';
import { STATEMENT_BLIND4 } from './statement-blind4';
import { STATEMENT_BLIND5 } from './statement-blind5';
import { STATEMENT_BLIND6 } from './statement-blind6';
import { STATEMENT_BLIND7 } from './statement-blind7';
import { STATEMENT_BLIND8 } from './statement-blind8';
import { STATEMENT_BLIND9 } from './statement-blind9';
import { STATEMENT_BLIND10 } from './statement-blind10';
import { STATEMENT_BLIND11 } from './statement-blind11';
import { STATEMENT_BLIND12 } from './statement-blind12';
import { STATEMENT_BLIND13 } from './statement-blind13';
import { STATEMENT_BLIND14 } from './statement-blind14';
import { STATEMENT_BLIND15 } from './statement-blind15';
import { STATEMENT_BLIND16 } from './statement-blind16';
import { STATEMENT_BLIND17 } from './statement-blind17';
import { STATEMENT_BLIND18 } from './statement-blind18';
import { STATEMENT_BLIND19 } from './statement-blind19';
import { STATEMENT_BLIND20 } from './statement-blind20';
import { STATEMENT_BLIND21 } from './statement-blind21';
import { STATEMENT_BLIND22 } from './statement-blind22';
import { STATEMENT_BLIND23 } from './statement-blind23';
import { STATEMENT_BLIND24 } from './statement-blind24';
import { STATEMENT_BLIND25 } from './statement-blind25';
import { STATEMENT_BLIND26 } from './statement-blind26';
import { STATEMENT_CLEAN2 } from './statement-clean2';
import { STATEMENT_CLEAN3 } from './statement-clean3';
import { STATEMENT_PLAIN } from './statement-plain';

// "first" was written alongside the rules; each "blind" file after them, measured before the rules were
// tuned on it (figures in docs/decisions/020-coach-rules-and-lexicons.md). blind18 is the next round's file: written
// by someone who never saw the rules, weighted toward the kinds held-out files miss most, measured once and not yet
// tuned on (corpus.test holds it to those figures until it is). blind21 (2026-12-07, subtle and indirect wording,
// many voices) was measured once, then tuned on in the blind21 round. blind24 (2026-12-07, written to a harder brief: a
// third of the flawed texts with no telltale word, a third of the clean ones full of words that look like flaws) was
// measured once and tuned on for false alarms only: the chunk had no room for more words. blind26 (reply and
// statement, same day: about 130 clean texts, each a trap for a keyword filter, and 50 flawed ones that use the same
// words as the flaw) was written to find false alarms and tuned on for them.
/** Every labelled file, per coach, by name. */
export const CORPORA: Record<CoachKind, Record<string, readonly CorpusItem[]>> = {
  apology: {
    first: APOLOGY_FIRST,
    blind: APOLOGY_BLIND,
    blind2: APOLOGY_BLIND2,
    blind3: APOLOGY_BLIND3,
    blind4: APOLOGY_BLIND4,
    blind5: APOLOGY_BLIND5,
    blind6: APOLOGY_BLIND6,
    blind7: APOLOGY_BLIND7,
    blind8: APOLOGY_BLIND8,
    blind9: APOLOGY_BLIND9,
    blind10: APOLOGY_BLIND10,
    blind13: APOLOGY_BLIND13,
    blind14: APOLOGY_BLIND14,
    blind15: APOLOGY_BLIND15,
    blind18: APOLOGY_BLIND18,
    blind20: APOLOGY_BLIND20,
    blind21: APOLOGY_BLIND21,
    blind24: APOLOGY_BLIND24,
    clean2: APOLOGY_CLEAN2,
    plain: APOLOGY_PLAIN,
  },
  statement: {
    first: STATEMENT_FIRST,
    blind: STATEMENT_BLIND,
    blind2: STATEMENT_BLIND2,
    blind3: STATEMENT_BLIND3,
    blind4: STATEMENT_BLIND4,
    blind5: STATEMENT_BLIND5,
    blind6: STATEMENT_BLIND6,
    blind7: STATEMENT_BLIND7,
    blind8: STATEMENT_BLIND8,
    blind9: STATEMENT_BLIND9,
    blind10: STATEMENT_BLIND10,
    blind13: STATEMENT_BLIND13,
    blind14: STATEMENT_BLIND14,
    blind15: STATEMENT_BLIND15,
    blind18: STATEMENT_BLIND18,
    blind20: STATEMENT_BLIND20,
    blind21: STATEMENT_BLIND21,
    blind23: STATEMENT_BLIND23,
    blind24: STATEMENT_BLIND24,
    blind26: STATEMENT_BLIND26,
    clean2: STATEMENT_CLEAN2,
    clean3: STATEMENT_CLEAN3,
    plain: STATEMENT_PLAIN,
  },
  reply: {
    first: REPLY_FIRST,
    blind: REPLY_BLIND,
    blind2: REPLY_BLIND2,
    blind3: REPLY_BLIND3,
    blind4: REPLY_BLIND4,
    blind5: REPLY_BLIND5,
    blind6: REPLY_BLIND6,
    blind7: REPLY_BLIND7,
    blind8: REPLY_BLIND8,
    blind9: REPLY_BLIND9,
    blind10: REPLY_BLIND10,
    blind13: REPLY_BLIND13,
    blind14: REPLY_BLIND14,
    blind15: REPLY_BLIND15,
    blind18: REPLY_BLIND18,
    blind20: REPLY_BLIND20,
    blind21: REPLY_BLIND21,
    blind24: REPLY_BLIND24,
    blind26: REPLY_BLIND26,
    clean2: REPLY_CLEAN2,
    plain: REPLY_PLAIN,
  },
};

// Written by others in the outside evaluators' style and never tuned on: blind11 was measured after parts 2-5 of the
// 2026-12-06 round (only its totals were looked at, and only totals were told to whoever changed the rules), blind12
// at the ends of parts 4 and 5, blind16 once, at the end of part 5, blind17 once, on 2026-12-07 (phone-typed and
// mixed registers), blind19 once, on 2026-12-07 after the blind18 round (late-night, mid-length messages), blind22 on
// 2026-12-07 before and after the blind21 round (a spread from plain to hard, in an outside evaluator's style; totals
// only), blind25 on 2026-12-07 before and after the blind24 round (the same harder brief as blind24, a third plain,
// a third subtle, a third hard; totals only). They are kept apart from CORPORA so that train.ts,
// which learns from every file in CORPORA, never sees them; corpus.test.ts holds them to the figures measured.
/** Held-out files, per coach, by name: never trained or tuned on. */
export const HELD_OUT_CORPORA: Record<CoachKind, Record<string, readonly CorpusItem[]>> = {
  apology: {
    blind11: APOLOGY_BLIND11,
    blind12: APOLOGY_BLIND12,
    blind16: APOLOGY_BLIND16,
    blind17: APOLOGY_BLIND17,
    blind19: APOLOGY_BLIND19,
    blind22: APOLOGY_BLIND22,
    blind25: APOLOGY_BLIND25,
  },
  statement: {
    blind11: STATEMENT_BLIND11,
    blind12: STATEMENT_BLIND12,
    blind16: STATEMENT_BLIND16,
    blind17: STATEMENT_BLIND17,
    blind19: STATEMENT_BLIND19,
    blind22: STATEMENT_BLIND22,
    blind25: STATEMENT_BLIND25,
  },
  reply: {
    blind11: REPLY_BLIND11,
    blind12: REPLY_BLIND12,
    blind16: REPLY_BLIND16,
    blind17: REPLY_BLIND17,
    blind19: REPLY_BLIND19,
    blind22: REPLY_BLIND22,
    blind25: REPLY_BLIND25,
  },
};
