import { type BreathingPattern, type BreathPhase, PHASE_LIMITS } from '@mend/domain';
import { useEffect, useState } from 'react';
import { TextField } from '../../components/text-field';

export const PHASE_WORDS: Record<BreathPhase, { label: string; cue: string }> = {
  inhale: { label: 'Breathe in (seconds)', cue: 'Breathe in' },
  holdIn: { label: 'Hold (seconds)', cue: 'Hold' },
  exhale: { label: 'Breathe out (seconds)', cue: 'Breathe out' },
  holdOut: { label: 'Rest before the next breath (seconds)', cue: 'Rest' },
};

const PHASES: readonly BreathPhase[] = ['inhale', 'holdIn', 'exhale', 'holdOut'];

function PhaseField({
  phase,
  value,
  onChange,
}: {
  phase: BreathPhase;
  value: number;
  onChange: (v: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <TextField
      label={PHASE_WORDS[phase].label}
      type="number"
      inputMode="decimal"
      min={PHASE_LIMITS[phase].min}
      max={PHASE_LIMITS[phase].max}
      step={0.5}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(v);
      }}
      onBlur={() => setDraft(String(value))}
    />
  );
}

/** One number field per phase, within the domain's limits. */
export function PhaseInputs({
  pattern,
  onChange,
}: {
  pattern: BreathingPattern;
  onChange: (p: BreathingPattern) => void;
}) {
  return (
    <div className="phase-inputs">
      {PHASES.map((phase) => (
        <PhaseField
          key={phase}
          phase={phase}
          value={pattern[phase]}
          onChange={(v) => onChange({ ...pattern, [phase]: v })}
        />
      ))}
    </div>
  );
}
