import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CoachedTextArea } from '../../components/coached-text-area';
import { fieldError } from '../../lib/api-client';
import { useCoachForMe } from '../../lib/coach';
import { type CheckInSession, useSessionWrites } from './session-api';

/** Notes kept with the check-in: an agreement, a thing to come back to. Both partners see them. */
export function SessionNotes({ session }: { session: CheckInSession }) {
  const [text, setText] = useState('');
  const { note } = useSessionWrites();
  const coach = useCoachForMe(text);
  const keep = () =>
    void note
      .mutateAsync({ routeId: session.id, body: { text } })
      .then(() => setText(''))
      .catch(() => {});
  return (
    <Card title="Notes from this check-in">
      {session.notes.length === 0 ? <p className="small">No notes yet.</p> : null}
      <ul className="talk-list">
        {session.notes.map((n) => (
          <li key={n.id} className="talk-question">
            <p className="small">{n.mine ? 'You' : n.authorName}</p>
            <p className="talk-text">{n.text}</p>
          </li>
        ))}
      </ul>
      {session.status === 'open' ? (
        <div className="form">
          <CoachedTextArea
            inputClassName="talk-textarea"
            label="A note to keep"
            hint="Both of you will see it, with this check-in."
            rows={2}
            maxLength={5000}
            value={text}
            onText={setText}
            findings={coach?.findings ?? null}
            error={fieldError(note.error, 'text')}
          />
          <Button variant="secondary" disabled={!text.trim()} busy={note.isPending} onClick={keep}>
            Keep this note
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
