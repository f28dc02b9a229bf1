import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { type Debrief, tonightsDebrief, useDebriefs, useDebriefWrites } from './debrief-api';

const QUESTION = 'Any triggers today? Help me understand.';

function AskerView({ debrief, partnerName }: { debrief: Debrief; partnerName: string }) {
  const { ask } = useDebriefWrites();
  if (debrief.status === 'due')
    return (
      <>
        <p>
          It is the time you agreed for a short debrief. Send {partnerName} the question: “{QUESTION}” Then
          listen, and do not defend.
        </p>
        <Button
          busy={ask.isPending}
          onClick={() => void ask.mutateAsync({ routeId: debrief.id, body: {} }).catch(() => {})}
        >
          Ask {partnerName}
        </Button>
        {ask.error ? <Notice tone="error">{formError(ask.error, [])}</Notice> : null}
      </>
    );
  if (debrief.status === 'asked')
    return <p>Sent. {partnerName} can answer, skip, or say “not tonight”. Any of those is fine.</p>;
  if (debrief.status === 'answered')
    return (
      <>
        <p>{partnerName} answered:</p>
        <p className="talk-answer talk-text">{debrief.answer}</p>
        <p className="small">Thank them, and say back what you heard.</p>
      </>
    );
  return (
    <p>{partnerName} would rather not tonight. Nothing more is needed from either of you this evening.</p>
  );
}

function AskedView({ debrief }: { debrief: Debrief }) {
  const [text, setText] = useState('');
  const { reply } = useDebriefWrites();
  // The hurt partner's words: the I-statement coach advises, on this device, and never blocks.
  const analysis = useCoach('statement', text);
  const send = (body: Parameters<typeof reply.mutateAsync>[0]['body']) =>
    void reply.mutateAsync({ routeId: debrief.id, body }).catch(() => {});
  if (debrief.status === 'answered')
    return <p>You answered. Thank you for letting {debrief.askerName} in.</p>;
  if (debrief.status !== 'asked') return <p>Not tonight. That is fine. There is no reminder.</p>;
  return (
    <div className="form">
      <p>
        {debrief.askerName} asks: “{QUESTION}”
      </p>
      <CoachedTextArea
        inputClassName="talk-textarea"
        label="Your answer"
        hint={`Only ${debrief.askerName} will see it. A few words are enough.`}
        rows={3}
        maxLength={5000}
        value={text}
        onText={setText}
        findings={analysis?.findings ?? null}
        error={fieldError(reply.error, 'text')}
      />
      <div className="actions">
        <Button disabled={!text.trim()} busy={reply.isPending} onClick={() => send({ kind: 'answer', text })}>
          Send my answer
        </Button>
        <Button variant="secondary" onClick={() => send({ kind: 'not_tonight' })}>
          Not tonight
        </Button>
        <Button variant="quiet" onClick={() => send({ kind: 'skip' })}>
          Skip
        </Button>
      </div>
    </div>
  );
}

/** The evening debrief on Today: the prompt for the one who asks, the question for the one asked. */
export function DebriefToday({ partnerName }: { partnerName: string }) {
  const list = useDebriefs();
  const debrief = tonightsDebrief(list.data?.debriefs ?? [], Date.now());
  if (!debrief) return null;
  return (
    <Card title="Evening debrief" tone="care">
      {debrief.iAsk ? (
        <AskerView debrief={debrief} partnerName={partnerName} />
      ) : (
        <AskedView debrief={debrief} />
      )}
    </Card>
  );
}
