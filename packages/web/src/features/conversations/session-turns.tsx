import { turnSecondsLeft } from '@mend/domain/conversations/session';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { formError } from '../../lib/api-client';
import { type CheckInSession, clockText, useServerNow, useSessionWrites } from './session-api';

const nameOf = (session: CheckInSession, userId: string | null) => {
  const person = session.people.find((p) => p.userId === userId);
  return person ? (person.me ? 'You' : person.displayName) : '';
};

function TurnTimer({ session }: { session: CheckInSession }) {
  const now = useServerNow(session.serverNow);
  const started = session.turnStartedAt ? Date.parse(session.turnStartedAt) : null;
  const left = turnSecondsLeft(started, session.turnSeconds, now);
  if (left === null) return null;
  return (
    <div className="talk-timer">
      <p className="talk-timer-clock" role="timer" aria-label={`Time left in this turn: ${clockText(left)}`}>
        {clockText(left)}
      </p>
      {/* Announced once when the turn runs out, not every second. */}
      <p className="small" aria-live="polite">
        {left <= 0
          ? 'The turn’s time is up. Finish your thought, then the listener sums up.'
          : 'Left in this turn.'}
      </p>
    </div>
  );
}

/** Who speaks and who listens; the listener sums up, then the turn passes. */
export function SessionTurns({ session }: { session: CheckInSession }) {
  const { move, summarised } = useSessionWrites();
  const me = session.people.find((p) => p.me);
  const give = (speakerId: string) =>
    void move.mutateAsync({ routeId: session.id, body: { step: 'turns', speakerId } }).catch(() => {});
  const error = move.error ?? summarised.error;
  if (session.status === 'ended') return null;
  if (!session.speakerId)
    return (
      <div className="actions">
        {session.people.map((p) => (
          <Button key={p.userId} variant="secondary" onClick={() => give(p.userId)}>
            {p.me ? 'I speak first' : `${p.displayName} speaks first`}
          </Button>
        ))}
      </div>
    );
  const iListen = session.listenerId === me?.userId;
  return (
    <div className="talk-turn" aria-live="polite">
      <p className="talk-turn-who">
        <strong>{nameOf(session, session.speakerId)}</strong>{' '}
        {session.speakerId === me?.userId ? 'speak' : 'speaks'}.{' '}
        <strong>{nameOf(session, session.listenerId)}</strong> {iListen ? 'listen' : 'listens'}.
      </p>
      <TurnTimer session={session} />
      {!session.summarised && iListen ? (
        <Button
          onClick={() => void summarised.mutateAsync({ routeId: session.id, body: {} }).catch(() => {})}
        >
          I summarised what I heard
        </Button>
      ) : null}
      {!session.summarised && !iListen ? (
        <p className="small">
          When you have finished, {nameOf(session, session.listenerId)} sums up what you said.
        </p>
      ) : null}
      {session.summarised && session.listenerId ? (
        <>
          <p>The listener has summed up. The turn can pass.</p>
          <Button onClick={() => give(session.listenerId ?? '')}>
            {iListen ? 'My turn to speak' : `Pass the turn to ${nameOf(session, session.listenerId)}`}
          </Button>
        </>
      ) : null}
      {error ? <Notice tone="error">{formError(error, [])}</Notice> : null}
    </div>
  );
}
