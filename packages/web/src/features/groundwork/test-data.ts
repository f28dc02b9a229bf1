import type { Me, Space } from '../../lib/api-types';
import { buildMe } from '../../test/api-mock';
import type { Honesty, TransparencyItem } from './api';

export function meAs(role: 'hurt' | 'repairing', overrides: Partial<Me> = {}): Me {
  const partnerRole = role === 'hurt' ? 'repairing' : 'hurt';
  const space: Space = {
    id: 's1',
    role,
    discoveredOn: '2025-01-10',
    dayNumber: 12,
    createdAt: '2025-01-10T10:00:00Z',
    partner: {
      displayName: role === 'hurt' ? 'Ravi' : 'Hana',
      role: partnerRole,
      joinedAt: '2025-01-11T10:00:00Z',
    },
    invite: null,
  };
  return buildMe({ space, ...overrides });
}

export const honesty = (overrides: Partial<Honesty> = {}): Honesty => ({
  disclosureCompletedAt: null,
  lateDisclosureCount: 0,
  daysSinceLastRevelation: null,
  ...overrides,
});

export function item(overrides: Partial<TransparencyItem> = {}): TransparencyItem {
  return {
    id: 't1',
    kind: 'phone',
    description: 'My phone, open whenever you ask',
    endsOn: '2025-04-10',
    reviewOn: '2025-02-10',
    status: 'offered',
    statusBy: null,
    statusChangedAt: '2025-01-20T10:00:00Z',
    endedReason: null,
    reviewDue: false,
    replacesId: null,
    offeredAt: '2025-01-20T10:00:00Z',
    mine: false,
    authorName: 'Ravi',
    ...overrides,
  };
}
