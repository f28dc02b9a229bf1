import { useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { fieldError } from '../../lib/api-client';
import { type CheckInSession, useSessionWrites } from './session-api';
import { HEARD_LABELS, HEARD_SAVED } from './words';

const CHOICES = HEARD_LABELS.map((label, i) => ({ value: String(i + 1), label: `${i + 1} · ${label}` }));

/** The closing question, answered privately: the partner never sees it, and is not told it was given. */
export function HeardRating({ session }: { session: CheckInSession }) {
  const [score, setScore] = useState<string | null>(null);
  const { heard } = useSessionWrites();
  if (session.myHeard !== null)
    return (
      <Notice tone="success">
        Saved for you alone: {HEARD_SAVED[session.myHeard - 1]} ({session.myHeard} of 5).
      </Notice>
    );
  return (
    <div className="form">
      <ChoiceGroup
        legend="How heard did you feel today?"
        hint="Only you will see this. Over time it can show you whether the talks are getting easier."
        name="heard"
        choices={CHOICES}
        value={score}
        onChange={setScore}
        error={fieldError(heard.error, 'score')}
      />
      <div className="actions">
        <Button
          disabled={!score}
          busy={heard.isPending}
          onClick={() =>
            void heard.mutateAsync({ routeId: session.id, body: { score: Number(score) } }).catch(() => {})
          }
        >
          Keep my answer private
        </Button>
      </div>
    </div>
  );
}
