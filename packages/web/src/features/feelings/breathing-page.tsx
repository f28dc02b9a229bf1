import { type BreathingPattern, breathsPerMinute, clampPattern, DEFAULT_BREATHING } from '@mend/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Checkbox } from '../../components/checkbox';
import { Page } from '../../components/page';
import { PacerView } from './pacer-view';
import { PhaseInputs } from './phase-inputs';
import './feelings.css';

const STORAGE_KEY = 'mend.breathing';

function loadPattern(): BreathingPattern {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as BreathingPattern | null;
    return saved ? clampPattern(saved) : DEFAULT_BREATHING;
  } catch {
    return DEFAULT_BREATHING;
  }
}

/** The breathing pacer: in 4, hold 4, out 6 unless changed. Needs no network and no account. */
export default function BreathingPage() {
  const [pattern, setPattern] = useState(loadPattern);
  const [running, setRunning] = useState(false);
  const [sound, setSound] = useState(false);
  const [vibrate, setVibrate] = useState(false);
  const change = (next: BreathingPattern) => {
    const clamped = clampPattern(next);
    setPattern(clamped);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(clamped));
  };
  return (
    <Page
      title="Breathe"
      tabTitle="Breathe"
      lead={<p>Slow breathing, with a longer breath out, tells your body the danger has passed.</p>}
      audience="Nothing here is saved or sent. It works without a connection."
    >
      <Card tone="calm">
        <PacerView pattern={pattern} running={running} sound={sound} vibrate={vibrate} />
        <div className="actions pacer-actions">
          <Button onClick={() => setRunning((r) => !r)}>{running ? 'Stop' : 'Start'}</Button>
          <span className="small">{breathsPerMinute(pattern)} breaths a minute</span>
        </div>
        <p className="small">If you feel light-headed or dizzy, stop and breathe normally for a while.</p>
      </Card>
      <Card title="Your rhythm">
        <PhaseInputs pattern={pattern} onChange={change} />
        <div className="actions">
          <Button variant="secondary" onClick={() => change(DEFAULT_BREATHING)}>
            Back to 4-4-6
          </Button>
        </div>
        <Checkbox
          label="A soft sound at each change"
          checked={sound}
          onChange={(e) => setSound(e.target.checked)}
        />
        <Checkbox
          label="A short vibration at each change (where the phone can)"
          checked={vibrate}
          onChange={(e) => setVibrate(e.target.checked)}
        />
      </Card>
      <p className="small">
        Another way back to the present: <Link to="/ground">grounding, 5-4-3-2-1</Link>.
      </p>
    </Page>
  );
}
