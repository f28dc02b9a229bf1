import type { ServiceDeps } from '../context';
import { checkInsService } from './check-ins';
import { debriefsService } from './debriefs';
import { needsService } from './needs';
import { questionsService } from './questions';
import { reflectionsService } from './reflections';
import { repairsService } from './repairs';
import { sessionsService } from './sessions';

/** The conversations services, merged into `createServices`. */
export function conversationsServices(deps: ServiceDeps) {
  const questions = questionsService(deps);
  return {
    questions,
    checkIns: checkInsService(deps, questions),
    needs: needsService(deps),
    checkInSessions: sessionsService(deps),
    repairs: repairsService(deps),
    debriefs: debriefsService(deps),
    reflections: reflectionsService(deps),
  };
}
