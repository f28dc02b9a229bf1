import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveStatus,
  isReviewDue,
  itemDatesProblem,
  type TransparencyAction,
  type TransparencyStatus,
  transition,
} from './transparency';

const item = (status: TransparencyStatus) => ({
  offeredBy: 'r',
  status,
  endsOn: '2026-03-01',
  reviewOn: '2026-02-01',
});

describe('transparency items', () => {
  it.each([
    ['offered', 'accept', 'h', { ok: true, status: 'active' }],
    ['offered', 'decline', 'h', { ok: true, status: 'ended', endedReason: 'declined' }],
    ['active', 'pause', 'r', { ok: true, status: 'paused' }],
    ['paused', 'resume', 'r', { ok: true, status: 'active' }],
    ['paused', 'end', 'r', { ok: true, status: 'ended', endedReason: 'withdrawn' }],
    ['active', 'revise', 'r', { ok: true, status: 'active' }],
    // The partner who was hurt cannot act on the other's consent, nor the offerer accept their own.
    ['offered', 'accept', 'r', { ok: false, problem: 'forbidden' }],
    ['active', 'pause', 'h', { ok: false, problem: 'forbidden' }],
    ['active', 'end', 'h', { ok: false, problem: 'forbidden' }],
    ['active', 'accept', 'h', { ok: false, problem: 'wrong_state' }],
    ['ended', 'resume', 'r', { ok: false, problem: 'wrong_state' }],
    ['offered', 'pause', 'r', { ok: false, problem: 'wrong_state' }],
  ] as const)('%s + %s by %s', (status, action, actor, expected) => {
    expect(transition(item(status), action, actor)).toMatchObject(expected);
  });

  it('never brings an ended item back, whoever acts', () => {
    const actions: TransparencyAction[] = ['accept', 'decline', 'pause', 'resume', 'end', 'revise'];
    fc.assert(
      fc.property(fc.constantFrom(...actions), fc.constantFrom('r', 'h'), (action, actor) => {
        expect(transition(item('ended'), action, actor).ok).toBe(false);
      }),
    );
  });

  it('ends an item once its end date has passed', () => {
    expect(effectiveStatus(item('active'), '2026-03-01')).toBe('active');
    expect(effectiveStatus(item('active'), '2026-03-02')).toBe('ended');
  });

  it.each([
    ['2026-01-10', '2026-01-05', null],
    ['2026-01-01', '2026-01-01', 'endsOn'],
    ['2027-06-01', '2026-02-01', 'endsOn'],
    ['2026-03-01', '2025-12-31', 'reviewOn'],
    ['2026-03-01', '2026-03-02', 'reviewOn'],
  ])('ends %s, review %s → problem with %s', (endsOn, reviewOn, field) => {
    expect(itemDatesProblem(endsOn, reviewOn, '2026-01-01')?.field ?? null).toBe(field);
  });

  it('reminds in the week before the review, for running items only', () => {
    expect(isReviewDue(item('active'), '2026-01-20')).toBe(false);
    expect(isReviewDue(item('active'), '2026-01-25')).toBe(true);
    expect(isReviewDue(item('offered'), '2026-01-25')).toBe(false);
    expect(isReviewDue(item('active'), '2026-03-05')).toBe(false);
  });
});
