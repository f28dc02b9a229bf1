import { describe, expect, it } from 'vitest';
import { debriefAfterReply, localDay, nextDebriefAt } from './debrief';
import { findReflectionPrompt, REFLECTION_PROMPTS } from './reflection';
import { isRepairFeeling, repairStage, summaryProblem } from './repair';
import {
  isHeardScore,
  isSessionLive,
  listenerOf,
  markSummarised,
  mayRateHeard,
  moveSession,
  SESSION_LIFETIME_MS,
  type SessionState,
  timeBoxAt,
  turnSecondsLeft,
} from './session';

const T0 = Date.parse('2026-11-24T19:00:00Z');
const MEMBERS = ['ana', 'ben'];
const fresh: SessionState = {
  status: 'open',
  step: 'appreciations',
  speakerId: null,
  summarised: false,
  turnStartedAt: null,
  startedAt: T0,
};

describe('check-in session: steps and turns', () => {
  it('moves between steps in either direction while open', () => {
    const r = moveSession(fresh, { step: 'topic' }, MEMBERS, T0 + 1000);
    expect(r).toEqual({ ok: true, state: { ...fresh, step: 'topic' } });
    const back = moveSession({ ...fresh, step: 'topic' }, { step: 'went_well' }, MEMBERS, T0);
    expect(back.ok && back.state.step).toBe('went_well');
  });

  it('starts the first turn with any member, and passes it only after the listener summarised', () => {
    const first = moveSession(fresh, { step: 'turns', speakerId: 'ana' }, MEMBERS, T0 + 5000);
    if (!first.ok) throw new Error('first turn refused');
    expect(first.state).toMatchObject({ speakerId: 'ana', summarised: false, turnStartedAt: T0 + 5000 });
    expect(moveSession(first.state, { step: 'turns', speakerId: 'ben' }, MEMBERS, T0 + 6000)).toEqual({
      ok: false,
      problem: 'not_summarised',
    });
    expect(markSummarised(first.state, 'ana', T0)).toEqual({ ok: false, problem: 'not_listener' });
    const summarised = markSummarised(first.state, 'ben', T0 + 7000);
    if (!summarised.ok) throw new Error('summary refused');
    const passed = moveSession(summarised.state, { step: 'turns', speakerId: 'ben' }, MEMBERS, T0 + 8000);
    expect(passed.ok && passed.state).toMatchObject({
      speakerId: 'ben',
      summarised: false,
      turnStartedAt: T0 + 8000,
    });
  });

  it.each([
    [{ step: 'topic', speakerId: 'ana' }, 'speaker_only_in_turns'],
    [{ step: 'turns', speakerId: 'eve' }, 'not_a_member'],
  ] as const)('refuses %o as %s', (move, problem) => {
    expect(moveSession(fresh, move, MEMBERS, T0)).toEqual({ ok: false, problem });
  });

  it('changes nothing once ended or after its lifetime', () => {
    expect(moveSession({ ...fresh, status: 'ended' }, { step: 'topic' }, MEMBERS, T0)).toEqual({
      ok: false,
      problem: 'ended',
    });
    expect(isSessionLive(fresh, T0 + SESSION_LIFETIME_MS - 1)).toBe(true);
    expect(isSessionLive(fresh, T0 + SESSION_LIFETIME_MS)).toBe(false);
    expect(markSummarised(fresh, 'ben', T0)).toEqual({ ok: false, problem: 'no_turn' });
  });

  it('names the listener, counts the turn down, and boxes the time with a gentle end', () => {
    expect(listenerOf('ana', MEMBERS)).toBe('ben');
    expect(listenerOf(null, MEMBERS)).toBeNull();
    expect(turnSecondsLeft(null, 180, T0)).toBeNull();
    expect(turnSecondsLeft(T0, 180, T0 + 60_500)).toBe(120);
    expect(turnSecondsLeft(T0, 180, T0 + 200_000)).toBe(-20);
    expect(timeBoxAt(T0, 30, T0 + 24 * 60_000)).toBe('running');
    expect(timeBoxAt(T0, 30, T0 + 25 * 60_000)).toBe('winding_down');
    expect(timeBoxAt(T0, 30, T0 + 30 * 60_000)).toBe('over');
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    ['3', false],
  ])('heard score %o is valid: %s', (n, valid) => {
    expect(isHeardScore(n)).toBe(valid);
  });

  it('takes heard ratings at the close or after the end', () => {
    expect(mayRateHeard(fresh)).toBe(false);
    expect(mayRateHeard({ ...fresh, step: 'closing' })).toBe(true);
    expect(mayRateHeard({ ...fresh, status: 'ended' })).toBe(true);
  });
});

describe('repair after a bad moment', () => {
  const none = { mySide: false, partnerSide: false, iSummarised: false, partnerSummarised: false };
  it('goes from sides to summaries to complete', () => {
    expect(repairStage(none)).toBe('sides');
    expect(repairStage({ ...none, mySide: true, partnerSide: true })).toBe('summaries');
    expect(repairStage({ mySide: true, partnerSide: true, iSummarised: true, partnerSummarised: true })).toBe(
      'complete',
    );
  });
  it('summarises the partner only after both sides, once', () => {
    expect(summaryProblem(none)).toBe('no_own_side');
    expect(summaryProblem({ ...none, mySide: true })).toBe('no_partner_side');
    expect(summaryProblem({ ...none, mySide: true, partnerSide: true })).toBeNull();
    expect(summaryProblem({ ...none, mySide: true, partnerSide: true, iSummarised: true })).toBe('already');
  });
  it('takes feelings from the list only', () => {
    expect(isRepairFeeling('hurt')).toBe(true);
    expect(isRepairFeeling('hangry')).toBe(false);
  });
});

describe('evening debrief', () => {
  it.each([
    // Paris in winter (UTC+1): 21:00 is 20:00Z, later the same day.
    ['21:00', 'Europe/Paris', '2026-11-24T12:00:00Z', '2026-11-24T20:00:00.000Z'],
    // Exactly at the time: the next one is tomorrow.
    ['21:00', 'Europe/Paris', '2026-11-24T20:00:00Z', '2026-11-25T20:00:00.000Z'],
    // Paris moves to summer time on 28 March 2027: the wall-clock time holds, the instant moves.
    ['21:00', 'Europe/Paris', '2027-03-27T21:00:00Z', '2027-03-28T19:00:00.000Z'],
    // New York goes back an hour on 7 November 2027.
    ['21:00', 'America/New_York', '2027-11-07T00:00:00Z', '2027-11-07T01:00:00.000Z'],
    ['21:00', 'America/New_York', '2027-11-07T01:00:00Z', '2027-11-08T02:00:00.000Z'],
    // 02:30 does not happen in Paris on 28 March 2027: it moves forward by the gap.
    ['02:30', 'Europe/Paris', '2027-03-27T12:00:00Z', '2027-03-28T01:30:00.000Z'],
  ])('prompts at %s in %s after %s: %s', (time, zone, after, expected) => {
    const at = nextDebriefAt(time, zone, Date.parse(after));
    expect(at === null ? null : new Date(at).toISOString()).toBe(expected);
  });

  it('refuses an impossible time and names the local evening', () => {
    expect(nextDebriefAt('24:30', 'Europe/Paris', T0)).toBeNull();
    expect(localDay(Date.parse('2026-11-24T23:30:00Z'), 'Europe/Paris')).toBe('2026-11-25');
    expect(localDay(Date.parse('2026-11-24T23:30:00Z'), 'America/New_York')).toBe('2026-11-24');
  });

  it('takes a reply only once asked', () => {
    expect(debriefAfterReply('asked', 'answer')).toEqual({ ok: true, status: 'answered' });
    expect(debriefAfterReply('asked', 'not_tonight')).toEqual({ ok: true, status: 'not_tonight' });
    expect(debriefAfterReply('asked', 'skip')).toEqual({ ok: true, status: 'skipped' });
    expect(debriefAfterReply('due', 'answer')).toEqual({ ok: false });
    expect(debriefAfterReply('skipped', 'answer')).toEqual({ ok: false });
  });
});

describe('remorse and regret prompts', () => {
  it('has four to six prompts with unique ids', () => {
    expect(REFLECTION_PROMPTS.length).toBeGreaterThanOrEqual(4);
    expect(REFLECTION_PROMPTS.length).toBeLessThanOrEqual(6);
    expect(new Set(REFLECTION_PROMPTS.map((p) => p.id)).size).toBe(REFLECTION_PROMPTS.length);
    expect(findReflectionPrompt('showing_it')?.text).toMatch(/this week/);
    expect(findReflectionPrompt('nope')).toBeUndefined();
  });
});
