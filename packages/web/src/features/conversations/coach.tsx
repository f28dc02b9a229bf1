import type { CoachAnalysis } from '@mend/domain/coach/index';
import { useDeferredValue, useEffect, useState } from 'react';

type Analyze = (text: string) => CoachAnalysis;

/**
 * Loads a language coach on first use (the I-statement coach for the hurt partner's words, the reply
 * coach for answers), so it stays out of the first download. It runs on this device only and never
 * blocks sending: until it has loaded there is simply no advice.
 */
export function useCoach(kind: 'statement' | 'reply', text: string): CoachAnalysis | null {
  const [analyze, setAnalyze] = useState<Analyze | null>(null);
  useEffect(() => {
    let live = true;
    void import('@mend/domain/coach/index')
      .then((coach) => {
        if (live) setAnalyze(() => (kind === 'statement' ? coach.analyzeStatement : coach.analyzeReply));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [kind]);
  const deferred = useDeferredValue(text);
  return analyze && deferred.trim() ? analyze(deferred) : null;
}
