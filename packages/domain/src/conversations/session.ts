// A check-in session as a small state machine: the steps of a weekly talk, speaker and listener turns
// (the listener summarises before the turn passes), the turn timer and the time box with a gentle end.

/** The steps of a check-in, in order; `closing` is where each says privately how heard they felt. */
export const SESSION_STEPS = ['appreciations', 'went_well', 'topic', 'turns', 'closing'] as const;
/** One of `SESSION_STEPS`. */
export type SessionStep = (typeof SESSION_STEPS)[number];

/** A turn lasts three minutes unless the couple chooses otherwise. */
export const DEFAULT_TURN_SECONDS = 180;
/** Without a schedule, a check-in is boxed to half an hour. */
export const DEFAULT_SESSION_MINUTES = 30;
/** The last minutes of the time box, when the screen suggests starting to close. */
export const WIND_DOWN_MINUTES = 5;
/** A session left open longer than this is over: the next start begins a new one. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Where a session stands, as the rules need it. */
export interface SessionState {
  status: 'open' | 'ended';
  step: SessionStep;
  /** Who speaks in the current turn; null before the first turn. */
  speakerId: string | null;
  /** True once the listener has summarised what the speaker said. */
  summarised: boolean;
  turnStartedAt: number | null;
  startedAt: number;
}

/** A requested move: to a step, optionally naming who speaks next (in `turns`). */
export interface SessionMove {
  step: SessionStep;
  speakerId?: string | undefined;
}

/** Why a move is refused: the session is over, or the turn may not pass yet, or the speaker is unknown. */
export type SessionProblem = 'ended' | 'not_summarised' | 'not_a_member' | 'speaker_only_in_turns';

/** True while a session can still change: open, and started less than `SESSION_LIFETIME_MS` ago. */
export function isSessionLive(s: Pick<SessionState, 'status' | 'startedAt'>, now: number): boolean {
  return s.status === 'open' && now - s.startedAt < SESSION_LIFETIME_MS;
}

/**
 * Applies a move. Steps may go forward or back (a talk is not a form); a new speaker may be named only
 * in `turns`, and the turn passes to the other partner only after the listener has summarised.
 *
 * @example moveSession(s, { step: 'turns', speakerId: 'ana' }, ['ana', 'ben'], now)
 */
export function moveSession(
  s: SessionState,
  move: SessionMove,
  members: readonly string[],
  now: number,
): { ok: true; state: SessionState } | { ok: false; problem: SessionProblem } {
  if (!isSessionLive(s, now)) return { ok: false, problem: 'ended' };
  if (move.speakerId === undefined) return { ok: true, state: { ...s, step: move.step } };
  if (move.step !== 'turns') return { ok: false, problem: 'speaker_only_in_turns' };
  if (!members.includes(move.speakerId)) return { ok: false, problem: 'not_a_member' };
  if (move.speakerId === s.speakerId) return { ok: true, state: { ...s, step: 'turns' } };
  const passing = s.speakerId !== null;
  if (passing && !s.summarised) return { ok: false, problem: 'not_summarised' };
  return {
    ok: true,
    state: { ...s, step: 'turns', speakerId: move.speakerId, summarised: false, turnStartedAt: now },
  };
}

/** Why the listener cannot mark "I summarised": no turn yet, they are the speaker, or the session is over. */
export type SummariseProblem = 'ended' | 'no_turn' | 'not_listener';

/** The listener says they have summarised the speaker; then the turn may pass to them. */
export function markSummarised(
  s: SessionState,
  actorId: string,
  now: number,
): { ok: true; state: SessionState } | { ok: false; problem: SummariseProblem } {
  if (!isSessionLive(s, now)) return { ok: false, problem: 'ended' };
  if (s.speakerId === null || s.step !== 'turns') return { ok: false, problem: 'no_turn' };
  if (s.speakerId === actorId) return { ok: false, problem: 'not_listener' };
  return { ok: true, state: { ...s, summarised: true } };
}

/** The other member: the listener when `speakerId` speaks (null when alone). */
export function listenerOf(speakerId: string | null, members: readonly string[]): string | null {
  if (speakerId === null) return null;
  return members.find((m) => m !== speakerId) ?? null;
}

/** Seconds left in the current turn (negative once it has run over), or null with no turn. */
export function turnSecondsLeft(
  turnStartedAt: number | null,
  turnSeconds: number,
  now: number,
): number | null {
  if (turnStartedAt === null) return null;
  return Math.ceil((turnStartedAt + turnSeconds * 1000 - now) / 1000);
}

/** The time box: `running`, `winding_down` in its last minutes, then `over` (never a hard stop). */
export type TimeBox = 'running' | 'winding_down' | 'over';

/** Where the time box stands at `now`. */
export function timeBoxAt(startedAt: number, minutes: number, now: number): TimeBox {
  const end = startedAt + minutes * 60_000;
  if (now >= end) return 'over';
  if (now >= end - WIND_DOWN_MINUTES * 60_000) return 'winding_down';
  return 'running';
}

/** A "how heard did you feel" score is a whole number from 1 to 5. */
export function isHeardScore(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** Heard ratings are given at the end: in the closing step, or once the session has ended. */
export function mayRateHeard(s: Pick<SessionState, 'status' | 'step'>): boolean {
  return s.status === 'ended' || s.step === 'closing';
}
