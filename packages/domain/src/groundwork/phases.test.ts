import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, phaseFor, type RecoveryEvidence } from './phases';
import { disclosureEvents, orderTimeline } from './timeline';

const none: RecoveryEvidence = {
  disclosureComplete: false,
  apologySent: false,
  noContactConfirmed: false,
  daysSinceLastRevelation: null,
  checkInsHeld: 0,
  steadyWeeks: 0,
  dateNights: 0,
  newMemories: 0,
};
const atoned = {
  ...none,
  disclosureComplete: true,
  apologySent: true,
  noContactConfirmed: true,
  daysSinceLastRevelation: 3,
};
const attuned = { ...atoned, checkInsHeld: 6, steadyWeeks: 8, daysSinceLastRevelation: 120 };

describe('phases by evidence', () => {
  it('starts in atone and names every missing step in plain words', () => {
    const s = phaseFor(none);
    expect(s).toMatchObject({ phase: 'atone', next: 'attune' });
    expect(s.missing).toHaveLength(3);
    expect(s.missing.join(' ')).toMatch(/disclosure.*apology.*no contact/s);
  });

  it('moves to attune only when disclosure, apology and no contact are all there', () => {
    expect(phaseFor({ ...atoned, apologySent: false }).phase).toBe('atone');
    expect(phaseFor(atoned)).toMatchObject({ phase: 'attune', next: 'attach' });
    expect(phaseFor(atoned).missing).toContain('6 honest check-ins held together (none yet).');
  });

  it('reaches attach and then trust 2.0 with new memories', () => {
    expect(phaseFor(attuned).phase).toBe('attach');
    expect(phaseFor({ ...attuned, dateNights: 8, newMemories: 5 })).toEqual({
      phase: 'trust2',
      next: null,
      missing: [],
    });
  });

  it('a late disclosure brings the count back, and with it attune', () => {
    expect(phaseFor({ ...attuned, daysSinceLastRevelation: 0 }).phase).toBe('attune');
  });

  it('more evidence never moves a couple back (monotone)', () => {
    const ev = fc.record({
      disclosureComplete: fc.boolean(),
      apologySent: fc.boolean(),
      noContactConfirmed: fc.boolean(),
      daysSinceLastRevelation: fc.option(fc.nat(400), { nil: null }),
      checkInsHeld: fc.nat(20),
      steadyWeeks: fc.nat(20),
      dateNights: fc.nat(20),
      newMemories: fc.nat(20),
    });
    fc.assert(
      fc.property(ev, fc.nat(10), (e, more) => {
        const better = {
          ...e,
          checkInsHeld: e.checkInsHeld + more,
          steadyWeeks: e.steadyWeeks + more,
          dateNights: e.dateNights + more,
          newMemories: e.newMemories + more,
          daysSinceLastRevelation: (e.daysSinceLastRevelation ?? 0) + more,
        };
        expect(PHASES.indexOf(phaseFor(better).phase)).toBeGreaterThanOrEqual(
          PHASES.indexOf(phaseFor(e).phase),
        );
        expect(phaseFor(e).missing.length > 0).toBe(phaseFor(e).phase !== 'trust2');
      }),
    );
  });
});

describe('timeline', () => {
  it('shows the first disclosure, its completion and every late one, in order', () => {
    const events = disclosureEvents(
      [
        { id: 'b', at: 20, late: false },
        { id: 'a', at: 10, late: false },
        { id: 'c', at: 50, late: true },
      ],
      30,
    );
    expect(orderTimeline(events).map((e) => e.type)).toEqual([
      'disclosure',
      'disclosure_completed',
      'late_disclosure',
    ]);
    expect(events[0]?.id).toBe('a');
  });

  it('keeps a disclosure before its completion in the same instant', () => {
    const events = orderTimeline([
      { type: 'disclosure_completed', at: 5 },
      { type: 'disclosure', at: 5 },
    ]);
    expect(events.map((e) => e.type)).toEqual(['disclosure', 'disclosure_completed']);
  });
});
