import type { AlertNeed } from './api';

/** The order needs are offered in. */
export const ALERT_NEEDS_ORDER: readonly AlertNeed[] = ['closeness', 'reassurance', 'talk', 'space'];
