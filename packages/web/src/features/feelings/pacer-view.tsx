import { type BreathingPattern, type BreathPhase, pacerAt } from '@mend/domain';
import { useEffect, useRef, useState } from 'react';
import { buzz, softTone, useReducedMotion, useWakeLock } from './device';
import { PHASE_WORDS } from './phase-inputs';

interface PacerViewProps {
  pattern: BreathingPattern;
  running: boolean;
  sound: boolean;
  vibrate: boolean;
}

/** How large the circle is at a point of the breath: full after breathing in, small after breathing out. */
function scaleFor(phase: BreathPhase, progress: number): number {
  const small = 0.55;
  if (phase === 'inhale') return small + (1 - small) * progress;
  if (phase === 'exhale') return 1 - (1 - small) * progress;
  return phase === 'holdIn' ? 1 : small;
}

/** The pacer itself: a circle that grows and shrinks (or, with reduced motion, a still one and words). */
export function PacerView({ pattern, running, sound, vibrate }: PacerViewProps) {
  const reduced = useReducedMotion();
  const wakeLock = useWakeLock(running);
  const [elapsed, setElapsed] = useState(0);
  const started = useRef(0);
  useEffect(() => {
    if (!running) return setElapsed(0);
    started.current = performance.now();
    let frame = 0;
    const tick = () => {
      setElapsed(performance.now() - started.current);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);

  const at = pacerAt(pattern, elapsed);
  const lastPhase = useRef<BreathPhase | null>(null);
  useEffect(() => {
    if (!running) {
      lastPhase.current = null;
      return;
    }
    if (lastPhase.current === at.phase) return;
    lastPhase.current = at.phase;
    if (sound) softTone(at.phase === 'inhale' ? 'in' : at.phase === 'exhale' ? 'out' : 'hold');
    if (vibrate) buzz(at.phase === 'inhale' ? 60 : 30);
  }, [at.phase, running, sound, vibrate]);

  const scale = reduced ? 1 : scaleFor(at.phase, at.progress);
  return (
    <div className="pacer">
      <div className="pacer-stage" aria-hidden="true">
        <div
          className={`pacer-circle${reduced ? ' pacer-still' : ''}`}
          style={{ transform: `scale(${running ? scale : 0.55 + (reduced ? 0.45 : 0)})` }}
        />
        <div className="pacer-count">{running ? at.secondsLeft : ''}</div>
      </div>
      <p className="pacer-cue" aria-live="polite">
        {running ? PHASE_WORDS[at.phase].cue : 'Press start when you are ready.'}
      </p>
      {running ? (
        <p className="small">
          Breath {at.breath + 1}
          {wakeLock ? ' · the screen stays on' : ''}
        </p>
      ) : null}
      {reduced && running ? (
        <progress className="pacer-progress" max={1} value={at.progress} aria-label="Through this phase" />
      ) : null}
    </div>
  );
}
