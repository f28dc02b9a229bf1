import type { ApologyAnalysis, CoachAnalysis, CoachKind } from '@mend/domain/coach/index';
import { useDeferredValue, useEffect, useState } from 'react';
import { useMe } from './me';

type Analyze = (text: string) => CoachAnalysis | ApologyAnalysis;

/**
 * Loads a language coach when there is first something to read, so it stays out of the first download (and out of
 * every download for someone who only reads), and reads `text` with it on this device: nothing is sent to check it.
 * Until it has loaded, or for an empty text, there is no advice (`null`). It never blocks anything: it only advises.
 */
export function useCoach(kind: 'apology', text: string): ApologyAnalysis | null;
export function useCoach(kind: CoachKind, text: string): CoachAnalysis | null;
export function useCoach(kind: CoachKind, text: string): CoachAnalysis | ApologyAnalysis | null {
  const [analyze, setAnalyze] = useState<{ kind: CoachKind; run: Analyze } | null>(null);
  // The coach is fetched once there is something to read, so a page someone only reads never downloads it.
  const wanted = text.trim() !== '';
  const loaded = analyze?.kind === kind;
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    void import('@mend/domain/coach/index')
      .then((coach) => {
        // The domain's own dispatch by kind; for an apology it answers analyzeApology's reading, parts and all.
        if (live) setAnalyze({ kind, run: (t) => coach.analyze(kind, t) });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [kind, wanted, loaded]);
  const deferred = useDeferredValue(text);
  return loaded && deferred.trim() ? analyze.run(deferred) : null;
}

/**
 * The coach for what this person writes to their partner: the I-statement coach for the partner who was hurt,
 * the reply coach for the partner who is repairing; none outside a space.
 */
export function useCoachForMe(text: string): CoachAnalysis | null {
  const role = useMe().data?.space?.role;
  const analysis = useCoach(role === 'repairing' ? 'reply' : 'statement', role ? text : '');
  return role ? analysis : null;
}
