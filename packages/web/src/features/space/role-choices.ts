import type { Choice } from '../../components/choice-group';
import type { Role } from '../../lib/api-types';
import { roleWords } from '../../lib/format';

export const roleChoices: readonly Choice<Role>[] = [
  {
    value: 'hurt',
    label: roleWords.hurt.mine,
    hint: 'You were betrayed and want to find out whether trust can grow again.',
  },
  {
    value: 'repairing',
    label: roleWords.repairing.mine,
    hint: 'You want to take responsibility and show it, day after day.',
  },
];

export const ROLE_HINT =
  'If you both broke trust in some way, each of you picks the role that fits you best.';
