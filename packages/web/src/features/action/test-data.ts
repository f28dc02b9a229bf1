import type { Me, Space } from '../../lib/api-types';
import { buildMe } from '../../test/api-mock';
import type { AnxietyWindow, Commitment, LedgerWeek, OutcomeRecord, Pillars, Plan } from './api';

/** Hana was hurt, Ravi is repairing; `role` is the one looking. */
export function meAs(role: 'hurt' | 'repairing'): Me {
  const space: Space = {
    id: 's1',
    role,
    discoveredOn: '2025-01-10',
    dayNumber: 12,
    createdAt: '2025-01-10T10:00:00Z',
    partner: {
      displayName: role === 'hurt' ? 'Ravi' : 'Hana',
      role: role === 'hurt' ? 'repairing' : 'hurt',
      joinedAt: '2025-01-11T10:00:00Z',
    },
    invite: null,
  };
  return buildMe({ space });
}

export const buildOutcome = (overrides: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  id: 'o1',
  source: 'commitment',
  sourceId: 'c1',
  title: 'Text at lunch',
  dueAt: '2025-01-20T12:00:00.000Z',
  outcome: 'kept',
  at: '2025-01-20T11:50:00.000Z',
  weekStart: '2025-01-20',
  review: null,
  reviewNote: null,
  reviewedAt: null,
  mine: false,
  authorName: 'Ravi',
  ...overrides,
});

export const buildCommitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  id: 'c1',
  title: 'Text at lunch',
  recurrence: null,
  menuItemId: null,
  status: 'pending',
  dueAt: '2030-01-20T12:00:00.000Z',
  outcome: null,
  outcomes: [],
  events: [{ kind: 'created', at: '2025-01-19T09:00:00.000Z', dueAt: null, note: null, byMe: true }],
  createdAt: '2025-01-19T09:00:00.000Z',
  mine: true,
  authorName: 'Ravi',
  ...overrides,
});

export const buildPlan = (overrides: Partial<Plan> = {}): Plan => ({
  id: 'p1',
  what: 'Dinner with the team',
  where: 'Luca’s',
  firstEtaAt: '2030-01-20T21:00:00.000Z',
  etaAt: '2030-01-20T21:00:00.000Z',
  status: 'open',
  outcome: null,
  updates: [],
  createdAt: '2025-01-20T17:00:00.000Z',
  mine: true,
  authorName: 'Ravi',
  ...overrides,
});

export const buildWindow = (overrides: Partial<AnxietyWindow> = {}): AnxietyWindow => ({
  id: 'w1',
  kind: 'weekly',
  weekday: 5,
  date: null,
  start: '19:00',
  end: '23:00',
  timeZone: 'Europe/Paris',
  helps: 'A text when you arrive.',
  label: 'Friday drinks',
  startsAt: '2030-01-24T18:00:00.000Z',
  endsAt: '2030-01-24T22:00:00.000Z',
  active: false,
  mine: false,
  authorName: 'Hana',
  ...overrides,
});

export const week = (weekStart: string, counts: Partial<LedgerWeek> = {}): LedgerWeek => ({
  weekStart,
  kept: 0,
  renegotiated: 0,
  late: 0,
  missed: 0,
  disputed: 0,
  ...counts,
});

export const buildPillars = (overrides: Partial<Pillars> = {}): Pillars => ({
  weekStarts: ['2025-01-06', '2025-01-13', '2025-01-20'],
  thisWeek: '2025-01-20',
  ratings: [
    { weekStart: '2025-01-13', pillar: 'honesty', score: 3, note: null, mine: true, authorName: 'Hana' },
    {
      weekStart: '2025-01-20',
      pillar: 'honesty',
      score: 4,
      note: 'He told me first.',
      mine: false,
      authorName: 'Ravi',
    },
  ],
  evidence: {
    honesty: { daysSinceLastRevelation: 40, lateDisclosureCount: 1 },
    responsibility: { questionsAnswered: 7, questionsOpen: 2, oldestOpenDays: 3 },
    empathy: { alertsAcknowledged: 4, meanAckSeconds: 300, proactiveShare: 0.7 },
    consistency: { keptOrRenegotiatedRate: 0.9, weeks: [week('2025-01-20', { kept: 9, missed: 1 })] },
  },
  ...overrides,
});
