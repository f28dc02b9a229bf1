/** The phases of recovery, reached by evidence rather than by the calendar. */
export const PHASES = ['atone', 'attune', 'attach', 'trust2'] as const;

/** One phase of recovery. */
export type Phase = (typeof PHASES)[number];

/** What the couple has done so far, as counts and facts; features not built yet pass zero. */
export interface RecoveryEvidence {
  disclosureComplete: boolean;
  apologySent: boolean;
  noContactConfirmed: boolean;
  daysSinceLastRevelation: number | null;
  checkInsHeld: number;
  steadyWeeks: number;
  dateNights: number;
  newMemories: number;
}

/** How much of each kind of evidence moves the couple on; a floor, not a deadline. */
export const PHASE_THRESHOLDS = {
  checkInsHeld: 6,
  steadyWeeks: 8,
  daysWithoutRevelation: 90,
  dateNights: 8,
  newMemories: 5,
} as const;

/** Where the couple stands: the phase, and what is still missing to move to the next one, in plain words. */
export interface PhaseStanding {
  phase: Phase;
  next: Phase | null;
  missing: string[];
}

type Requirement = (e: RecoveryEvidence) => string | null;

/** The first phase's three steps, in the words `missing` uses (a screen may point at the step by them). */
export const ATONE_STEPS = {
  disclosure: 'The full disclosure, told once and marked complete.',
  apology: 'An apology, sent to the partner who was hurt.',
  noContact: 'Every channel to the third party closed, and no contact confirmed.',
} as const;

const T = PHASE_THRESHOLDS;
const soFar = (n: number) => (n === 0 ? 'none yet' : `${n} so far`);

const REQUIREMENTS: Record<Exclude<Phase, 'trust2'>, Requirement[]> = {
  atone: [
    (e) => (e.disclosureComplete ? null : ATONE_STEPS.disclosure),
    (e) => (e.apologySent ? null : ATONE_STEPS.apology),
    (e) => (e.noContactConfirmed ? null : ATONE_STEPS.noContact),
  ],
  attune: [
    (e) =>
      e.checkInsHeld >= T.checkInsHeld
        ? null
        : `${T.checkInsHeld} honest check-ins held together (${soFar(e.checkInsHeld)}).`,
    (e) =>
      e.steadyWeeks >= T.steadyWeeks
        ? null
        : `${T.steadyWeeks} weeks of promises kept or changed in advance (${soFar(e.steadyWeeks)}).`,
    (e) => {
      const days = e.daysSinceLastRevelation ?? 0;
      return days >= T.daysWithoutRevelation
        ? null
        : `${T.daysWithoutRevelation} days with nothing new coming to light (${days} so far).`;
    },
  ],
  attach: [
    (e) =>
      e.dateNights >= T.dateNights
        ? null
        : `${T.dateNights} date nights or new shared moments (${soFar(e.dateNights)}).`,
    (e) =>
      e.newMemories >= T.newMemories
        ? null
        : `${T.newMemories} good new memories kept together (${soFar(e.newMemories)}).`,
  ],
};

/**
 * The phase the evidence supports today and what is still missing for the next one. A phase is left
 * only when all of its evidence is present, so a late disclosure can bring the couple back to attune.
 * @example phaseFor({ ...noEvidence }).phase // 'atone'
 */
export function phaseFor(evidence: RecoveryEvidence): PhaseStanding {
  for (const [index, phase] of (['atone', 'attune', 'attach'] as const).entries()) {
    const missing = REQUIREMENTS[phase].map((r) => r(evidence)).filter((m): m is string => m !== null);
    if (missing.length > 0) return { phase, next: PHASES[index + 1] ?? null, missing };
  }
  return { phase: 'trust2', next: null, missing: [] };
}

/** What clinicians report about the length of recovery, shown as a range and never as a deadline. */
export const RECOVERY_RANGE = {
  /** Months before many couples feel they will make it. */
  feelsPossibleMonths: [12, 18] as const,
  /** Months, roughly, before trust feels ordinary again. */
  feelsNormalMonths: 24,
} as const;
