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

/** The coach's notes under a field: the words it marks and why. Advice only. */
export function CoachHints({ text, analysis }: { text: string; analysis: CoachAnalysis | null }) {
  if (!analysis || analysis.findings.length === 0) return null;
  return (
    <div className="talk-coach" aria-live="polite">
      <ul className="talk-findings">
        {analysis.findings.map((f) => (
          <li key={`${f.kind}-${f.start}`}>
            <mark>{text.slice(f.start, f.end)}</mark> — {f.message}
            {f.suggestion ? <span> Try: “{f.suggestion}”</span> : null}
          </li>
        ))}
      </ul>
      <p className="small">The coach only advises, on this device. You decide what to send.</p>
    </div>
  );
}
