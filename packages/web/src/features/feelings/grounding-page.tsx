import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import './feelings.css';

const STEPS = [
  { count: 5, sense: 'see', prompt: 'Look around slowly. Name five things you can see, small ones too.' },
  {
    count: 4,
    sense: 'feel',
    prompt: 'Notice four things you can feel: your feet, the chair, the air, your hands.',
  },
  { count: 3, sense: 'hear', prompt: 'Listen for three sounds, near or far.' },
  { count: 2, sense: 'smell', prompt: 'Find two things you can smell, or two smells you like.' },
  { count: 1, sense: 'taste', prompt: 'Notice one thing you can taste, or take a sip of water.' },
] as const;

const emptyAnswers = (): string[][] => STEPS.map((s) => Array<string>(s.count).fill(''));

/** How long each step asks to be stayed with before moving on is offered. */
const PACE_MS = 8_000;

/** Grounding, 5-4-3-2-1: a paced walk through the senses. Typed answers stay on this screen only. */
export default function GroundingPage() {
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<string[][]>(emptyAnswers);
  const [paced, setPaced] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step < 0) return;
    setPaced(false);
    heading.current?.focus();
    const timer = setTimeout(() => setPaced(true), PACE_MS);
    return () => clearTimeout(timer);
  }, [step]);
  const current = STEPS[step];
  const finished = step >= STEPS.length;
  const next = () => {
    if (step === STEPS.length - 1) setAnswers(emptyAnswers());
    setStep(step + 1);
  };

  return (
    <Page
      title="Grounding: 5-4-3-2-1"
      tabTitle="Grounding"
      lead={<p>When the past floods in, your senses can bring you back to right here, right now.</p>}
      audience="Nothing here is saved or sent. What you type disappears when you leave. It works without a connection."
    >
      {step < 0 ? (
        <Card tone="calm">
          <p>Five short steps. Say things in your head, out loud, or type them below: whichever helps.</p>
          <Button onClick={() => setStep(0)}>Begin</Button>
        </Card>
      ) : null}
      {current ? (
        <Card tone="calm">
          <h2 className="card-title" ref={heading} tabIndex={-1}>
            {current.count} {current.count === 1 ? 'thing' : 'things'} you can {current.sense}
          </h2>
          <p>{current.prompt}</p>
          <p className="small">
            Step {step + 1} of {STEPS.length}
          </p>
          <div className="grounding-answers">
            {answers[step]?.map((value, i) => (
              <TextField
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed number of answer slots
                key={i}
                label={`${current.sense[0]?.toUpperCase()}${current.sense.slice(1)} ${i + 1}`}
                optional
                value={value}
                autoComplete="off"
                onChange={(e) =>
                  setAnswers((all) =>
                    all.map((row, r) =>
                      r === step ? row.map((v, c) => (c === i ? e.target.value : v)) : row,
                    ),
                  )
                }
              />
            ))}
          </div>
          <div className="actions">
            <Button variant={paced ? 'primary' : 'secondary'} onClick={next}>
              {step === STEPS.length - 1 ? 'Finish' : 'Next'}
            </Button>
            <span className="small" aria-live="polite">
              {paced ? '' : 'Take your time.'}
            </span>
          </div>
        </Card>
      ) : null}
      {finished ? (
        <Card title="You came back to the present" tone="calm">
          <p>
            Notice your breath for a moment. If the feeling returns, you can do this again, as often as you
            need.
          </p>
          <p className="small">What you typed has been cleared; none of it was saved or sent.</p>
          <div className="actions">
            <Button onClick={() => setStep(0)}>Again</Button>
            <Link className="button button-secondary" to="/breathe">
              Breathe
            </Link>
            <Link className="button button-secondary" to="/feelings/triggers">
              Note it in my trigger log
            </Link>
          </div>
        </Card>
      ) : null}
    </Page>
  );
}
