import { Button } from '../../components/button';
import { useNextCheckIn } from './api';
import { type CheckInSession, useSessionWrites } from './session-api';

/** The topic step: one question from the queue, chosen together; the rest waits. */
export function TopicPicker({ session }: { session: CheckInSession }) {
  const next = useNextCheckIn();
  const { move } = useSessionWrites();
  const agenda = (next.data?.agenda ?? []).filter((item) => item.questionId);
  const choose = (questionId: string) =>
    void move
      .mutateAsync({ routeId: session.id, body: { step: 'topic', topicQuestionId: questionId } })
      .catch(() => {});
  return (
    <div className="talk-topic">
      {session.topic ? (
        <p className="talk-answer">
          <strong>Today’s topic:</strong> {session.topic.text}
        </p>
      ) : null}
      {agenda.length === 0 ? (
        <p className="small">No questions are waiting. You can name a topic together, out loud.</p>
      ) : session.status === 'open' ? (
        <>
          <p className="small">Waiting in the queue, oldest first:</p>
          <ul className="talk-list">
            {agenda.map((item) => (
              <li key={item.questionId} className="talk-question">
                <p className="talk-text">{item.text}</p>
                {item.questionId === session.topic?.questionId ? null : (
                  <Button variant="secondary" onClick={() => choose(item.questionId ?? '')}>
                    Talk about this one
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
