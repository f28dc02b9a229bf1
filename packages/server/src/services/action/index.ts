import type { Honesty } from '@mend/contracts';
import type { Actor, ServiceDeps } from '../context';
import { commitmentsService } from './commitments';
import { ledgerService } from './ledger';
import { plansService } from './plans';
import { reassuranceService } from './reassurance';

/** The consistent-action services, merged into `createServices`. */
export function actionServices(deps: ServiceDeps, honesty: (actor: Actor) => Promise<Honesty>) {
  return {
    commitments: commitmentsService(deps),
    plans: plansService(deps),
    reassurance: reassuranceService(deps),
    ledger: ledgerService(deps, honesty),
  };
}
