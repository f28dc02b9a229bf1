import { useEffect, useState } from 'react';

/** True when the person asked their system for less motion. */
export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const onChange = () => setReduced(list.matches);
    list.addEventListener?.('change', onChange);
    return () => list.removeEventListener?.('change', onChange);
  }, []);
  return reduced;
}

interface WakeLockSentinelLike {
  release(): Promise<void>;
}

/** Keeps the screen on while `active`, where the browser offers the Wake Lock API; answers whether it holds. */
export function useWakeLock(active: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const wakeLock = (
      navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }
    ).wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinelLike | null = null;
    let stopped = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      wakeLock
        .request('screen')
        .then((s) => {
          if (stopped) void s.release();
          else {
            sentinel = s;
            setHeld(true);
          }
        })
        .catch(() => setHeld(false));
    };
    acquire();
    // The browser drops the lock when the page is hidden; take it again on return.
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release().catch(() => undefined);
      setHeld(false);
    };
  }, [active]);
  return held;
}

let audio: AudioContext | null = null;

/** A short, soft tone: higher for breathing in, lower for breathing out. */
export function softTone(kind: 'in' | 'hold' | 'out'): void {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'sine';
  osc.frequency.value = kind === 'in' ? 392 : kind === 'out' ? 262 : 330;
  const t = audio.currentTime;
  gain.gain.setValueAtTime(0, t);
  gain.gain.linearRampToValueAtTime(0.08, t + 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
  osc.connect(gain).connect(audio.destination);
  osc.start(t);
  osc.stop(t + 0.65);
}

/** A short buzz where the device can, and silence where it cannot. */
export function buzz(ms = 40): void {
  navigator.vibrate?.(ms);
}
