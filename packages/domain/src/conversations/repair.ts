// Repair after a bad moment: five guided steps, each partner writing their own side.
import { FEELINGS } from '../coach/feelings';

/** The five steps, in the order the screen walks through them. */
export const REPAIR_STEPS = ['feelings', 'reality', 'trigger', 'owns', 'next_time'] as const;
/** One of `REPAIR_STEPS`. */
export type RepairStep = (typeof REPAIR_STEPS)[number];

/** The feelings one may pick from (the coaches' vocabulary, so the words match across Mend). */
export const REPAIR_FEELINGS: readonly string[] = FEELINGS;

/** True for a feeling from the list. */
export function isRepairFeeling(word: string): boolean {
  return REPAIR_FEELINGS.includes(word);
}

/** What a repair's sides say about it: how far the two partners have come. */
export interface RepairProgress {
  mySide: boolean;
  partnerSide: boolean;
  /** I have summarised my partner's side. */
  iSummarised: boolean;
  partnerSummarised: boolean;
}

/** Where a repair stands: waiting for sides, then for summaries, then complete. */
export type RepairStage = 'sides' | 'summaries' | 'complete';

/** The stage of a repair from its progress. */
export function repairStage(p: RepairProgress): RepairStage {
  if (!p.mySide || !p.partnerSide) return 'sides';
  if (!p.iSummarised || !p.partnerSummarised) return 'summaries';
  return 'complete';
}

/** Why a summary of the partner's side cannot be written yet. */
export type SummaryProblem = 'no_own_side' | 'no_partner_side' | 'already';

/**
 * A summary of the partner's reality is written after one's own side and once the partner's side is
 * there to read; it is written once.
 */
export function summaryProblem(p: RepairProgress): SummaryProblem | null {
  if (!p.mySide) return 'no_own_side';
  if (!p.partnerSide) return 'no_partner_side';
  if (p.iSummarised) return 'already';
  return null;
}
