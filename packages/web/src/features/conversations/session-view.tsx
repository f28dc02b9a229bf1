import { SESSION_STEPS, type SessionStep } from '@mend/domain/conversations/session';
import { Button, ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { formError } from '../../lib/api-client';
import { type CheckInSession, timeOfDay, useSessionWrites } from './session-api';
import { HeardRating } from './session-heard';
import { SessionNotes } from './session-notes';
import { TopicPicker } from './session-topic';
import { SessionTurns } from './session-turns';
import { GROUND_RULES, STEP_GUIDE, STEP_LABELS } from './words';

function StepList({ step }: { step: SessionStep }) {
  const at = SESSION_STEPS.indexOf(step);
  return (
    <ol className="talk-steps" aria-label="Steps of the check-in">
      {SESSION_STEPS.map((s, i) => (
        <li
          key={s}
          className={i === at ? 'talk-step-now' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          {STEP_LABELS[s]}
        </li>
      ))}
    </ol>
  );
}

function TimeBox({ session }: { session: CheckInSession }) {
  return (
    <>
      <p className="small">
        {session.minutes} minutes, until about {timeOfDay(session.endsAt)}.
      </p>
      {session.timeBox === 'winding_down' ? (
        <Notice>A few minutes left. This is a good moment to start closing.</Notice>
      ) : session.timeBox === 'over' ? (
        <Notice>Your time is up. Finish the sentence you are in, then close together.</Notice>
      ) : null}
    </>
  );
}

function GroundRules() {
  return (
    <Card title="Ground rules" tone="calm" className="talk-rules">
      <ul className="list">
        {GROUND_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </Card>
  );
}

function StepMoves({ session }: { session: CheckInSession }) {
  const { move, end } = useSessionWrites();
  const at = SESSION_STEPS.indexOf(session.step);
  const prev = SESSION_STEPS[at - 1];
  const next = SESSION_STEPS[at + 1];
  const go = (step: SessionStep) =>
    void move.mutateAsync({ routeId: session.id, body: { step } }).catch(() => {});
  // Held until the move is stored: its live update reaches this device too and can land first, showing the
  // next step's buttons, and a second tap would then move both screens on (or back) once more.
  const moving = move.isPending || end.isPending;
  if (session.status === 'ended') return null;
  return (
    <>
      <div className="actions">
        {prev ? (
          <Button variant="secondary" busy={moving} onClick={() => go(prev)}>
            Back
          </Button>
        ) : null}
        {next ? (
          // During the turns the turn's own buttons lead; moving on from here would cut a turn short.
          <Button
            variant={session.step === 'turns' ? 'secondary' : 'primary'}
            busy={moving}
            onClick={() => go(next)}
          >
            Next: {STEP_LABELS[next]}
          </Button>
        ) : null}
        <Button
          variant="quiet"
          busy={moving}
          onClick={() => void end.mutateAsync({ routeId: session.id, body: {} }).catch(() => {})}
        >
          End the check-in
        </Button>
      </div>
      {move.error || end.error ? (
        <Notice tone="error">{formError(move.error ?? end.error, [])}</Notice>
      ) : null}
    </>
  );
}

function StepBody({ session }: { session: CheckInSession }) {
  if (session.step === 'topic') return <TopicPicker session={session} />;
  if (session.step === 'turns') return <SessionTurns session={session} />;
  if (session.step === 'closing') return <HeardRating session={session} />;
  return null;
}

/** Once it has ended: the private question first, then a word of thanks and the way back. */
function Ended({ session }: { session: CheckInSession }) {
  return (
    <>
      <HeardRating session={session} />
      <p>This check-in has ended. Thank you both.</p>
      <div className="actions">
        <ButtonLink to="/talk" variant="secondary">
          Back to Talk
        </ButtonLink>
      </div>
    </>
  );
}

/** One check-in session as both devices show it: the step, its guidance, turns, notes and rules. */
export function SessionView({ session }: { session: CheckInSession }) {
  const ended = session.status === 'ended';
  return (
    <div className="talk-session">
      <Card title={`Now: ${STEP_LABELS[session.step]}`}>
        <StepList step={session.step} />
        {ended ? (
          <Ended session={session} />
        ) : (
          <>
            <TimeBox session={session} />
            <p>{STEP_GUIDE[session.step]}</p>
            <StepBody session={session} />
            <StepMoves session={session} />
          </>
        )}
      </Card>
      {ended ? null : <GroundRules />}
      <SessionNotes session={session} />
    </div>
  );
}
