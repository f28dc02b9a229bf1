import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { type ReassuranceMessage, useActionWrite, useMessages } from './api';
import { formatTime } from './time';
import { UPDATE_TEMPLATES } from './words';

/** The repairing partner's quick update: a template to start from, or their own words. */
function UpdateForm({ partnerName }: { partnerName: string }) {
  const [text, setText] = useState('');
  const send = useActionWrite<{ text: string }>('POST', '/api/updates');
  const coach = useCoach('reply', text);
  const home = formatTime(new Date(Math.ceil((Date.now() + 45 * 60_000) / 900_000) * 900_000));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send.mutateAsync({ body: { text } }).then(
      () => setText(''),
      () => {},
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="choices">
        <legend className="field-label">Start from</legend>
        <div className="act-templates">
          {UPDATE_TEMPLATES.map((t) => (
            <Button key={t('')} variant="secondary" className="act-template" onClick={() => setText(t(home))}>
              {t(home)}
            </Button>
          ))}
        </div>
      </fieldset>
      <CoachedTextArea
        label={`Your update for ${partnerName}`}
        hint="Change the words and the time so they are true. Sent before being asked, it counts as reassurance you offered."
        rows={2}
        maxLength={500}
        value={text}
        onText={setText}
        findings={coach?.findings ?? null}
        error={fieldError(send.error, 'text')}
      />
      <Button type="submit" disabled={!text.trim()} busy={send.isPending}>
        Send the update
      </Button>
      {formError(send.error, ['text']) ? (
        <Notice tone="error">{formError(send.error, ['text'])}</Notice>
      ) : null}
      {send.isSuccess ? <Notice tone="success">Sent. {partnerName} can see it now.</Notice> : null}
    </form>
  );
}

/** The hurt partner's "I could use some reassurance", with an optional word on what would help. */
function AskForm({ partnerName }: { partnerName: string }) {
  const [note, setNote] = useState('');
  const ask = useActionWrite<{ note?: string }>('POST', '/api/reassurance/asks');
  const coach = useCoach('statement', note);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void ask.mutateAsync({ body: note.trim() ? { note } : {} }).then(
      () => setNote(''),
      () => {},
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <CoachedTextArea
        label="Anything that would help"
        optional
        hint="A call, a photo of where they are, a word. Asking is allowed, as often as you need."
        rows={2}
        maxLength={500}
        value={note}
        onText={setNote}
        findings={coach?.findings ?? null}
        error={fieldError(ask.error, 'note')}
      />
      <Button type="submit" busy={ask.isPending}>
        I could use some reassurance
      </Button>
      {formError(ask.error, ['note']) ? <Notice tone="error">{formError(ask.error, ['note'])}</Notice> : null}
      {ask.isSuccess ? <Notice tone="success">Sent. {partnerName} has been told.</Notice> : null}
    </form>
  );
}

function Message({ message: m }: { message: ReassuranceMessage }) {
  const who = m.mine ? 'You' : m.authorName;
  return (
    <li className="entry">
      <p className="small">
        {m.kind === 'ask' ? `${who} asked for reassurance` : `${who}`} · {formatDateTime(m.at)}
        {m.kind === 'update' && m.proactive ? ' · offered before being asked' : ''}
      </p>
      {m.text ? <p className="act-text">{m.text}</p> : null}
    </li>
  );
}

/** Updates and asks for reassurance, newest first, for both partners. */
export function MessagesCard({ role, partnerName }: { role: 'hurt' | 'repairing'; partnerName: string }) {
  const list = useMessages();
  const messages = list.data?.messages ?? [];
  return (
    <Card title={role === 'repairing' ? 'Send an update' : 'Ask for reassurance'}>
      {role === 'repairing' ? (
        <UpdateForm partnerName={partnerName} />
      ) : (
        <AskForm partnerName={partnerName} />
      )}
      <h3 className="card-title">Recent</h3>
      {list.data && messages.length === 0 ? <p className="small">No updates yet.</p> : null}
      {messages.length > 0 ? (
        <ul className="act-list" aria-label="Recent updates and asks">
          {messages.slice(0, 20).map((m) => (
            <Message key={m.id} message={m} />
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
