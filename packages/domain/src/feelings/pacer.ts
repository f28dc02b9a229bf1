/** One breathing rhythm, in whole or half seconds per phase. */
export interface BreathingPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** The phases of one breath, in order. */
export type BreathPhase = 'inhale' | 'holdIn' | 'exhale' | 'holdOut';

/** The default rhythm: in for 4, hold for 4, out for 6, no pause after. */
export const DEFAULT_BREATHING: BreathingPattern = { inhale: 4, holdIn: 4, exhale: 6, holdOut: 0 };

/** The bounds every phase is kept within, in seconds; breathing in and out cannot be skipped. */
export const PHASE_LIMITS: Record<BreathPhase, { min: number; max: number }> = {
  inhale: { min: 1, max: 12 },
  holdIn: { min: 0, max: 12 },
  exhale: { min: 1, max: 16 },
  holdOut: { min: 0, max: 12 },
};

const ORDER: readonly BreathPhase[] = ['inhale', 'holdIn', 'exhale', 'holdOut'];

/** Seconds one full breath takes. @example breathSeconds(DEFAULT_BREATHING) // 14 */
export function breathSeconds(p: BreathingPattern): number {
  return p.inhale + p.holdIn + p.exhale + p.holdOut;
}

/** Breaths per minute, to one decimal. @example breathsPerMinute(DEFAULT_BREATHING) // 4.3 */
export function breathsPerMinute(p: BreathingPattern): number {
  return Math.round(600 / breathSeconds(p)) / 10;
}

/** The pattern with each phase clamped to its limits and rounded to half seconds. */
export function clampPattern(p: BreathingPattern): BreathingPattern {
  const fix = (phase: BreathPhase) => {
    const { min, max } = PHASE_LIMITS[phase];
    const v = Number.isFinite(p[phase]) ? Math.round(p[phase] * 2) / 2 : min;
    return Math.min(max, Math.max(min, v));
  };
  return { inhale: fix('inhale'), holdIn: fix('holdIn'), exhale: fix('exhale'), holdOut: fix('holdOut') };
}

/** Where the pacer is `elapsedMs` after it started. */
export interface PacerPosition {
  phase: BreathPhase;
  /** Breaths completed before this one. */
  breath: number;
  /** How far through the current phase, from 0 to 1. */
  progress: number;
  /** Whole seconds left in the phase, counting down to 1. */
  secondsLeft: number;
}

/**
 * The phase and progress at `elapsedMs`; phases of zero length are skipped.
 * @example pacerAt(DEFAULT_BREATHING, 5_000) // { phase: 'holdIn', breath: 0, progress: 0.25, secondsLeft: 3 }
 */
export function pacerAt(p: BreathingPattern, elapsedMs: number): PacerPosition {
  const cycleMs = breathSeconds(p) * 1000;
  const t = Math.max(0, elapsedMs);
  const breath = Math.floor(t / cycleMs);
  let within = t - breath * cycleMs;
  for (const phase of ORDER) {
    const ms = p[phase] * 1000;
    if (ms > 0 && within < ms) {
      return { phase, breath, progress: within / ms, secondsLeft: Math.ceil((ms - within) / 1000) };
    }
    within -= ms;
  }
  return { phase: 'inhale', breath: breath + 1, progress: 0, secondsLeft: Math.ceil(p.inhale) };
}
