import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ChoiceGroup } from '../../components/choice-group';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError } from '../../lib/api-client';
import { useCoachForMe } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { type Need, type NeedKind, useNeeds, useTalkWrite } from './api';
import { NEED_LABELS } from './words';

const KINDS = (Object.keys(NEED_LABELS) as NeedKind[]).map((value) => ({ value, label: NEED_LABELS[value] }));

function NeedForm({ partnerName }: { partnerName: string }) {
  const [kind, setKind] = useState<NeedKind | null>(null);
  const [note, setNote] = useState('');
  const send = useTalkWrite<{ kind: NeedKind; note?: string }>('POST', '/api/needs');
  const coach = useCoachForMe(note);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return;
    void send
      .mutateAsync({ body: { kind, ...(note.trim() ? { note } : {}) } })
      .then(() => {
        setKind(null);
        setNote('');
      })
      .catch(() => {});
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="What I need"
        name="need-kind"
        choices={KINDS}
        value={kind}
        onChange={setKind}
        error={fieldError(send.error, 'kind')}
        inline
      />
      <CoachedTextArea
        inputClassName="talk-textarea"
        label="A few words"
        optional
        rows={2}
        maxLength={1000}
        value={note}
        onText={setNote}
        findings={coach?.findings ?? null}
        error={fieldError(send.error, 'note')}
      />
      <div className="actions">
        <Button type="submit" disabled={!kind} busy={send.isPending}>
          Ask {partnerName}
        </Button>
      </div>
      {send.isSuccess ? <Notice tone="success">Sent.</Notice> : null}
    </form>
  );
}

function NeedActions({ need }: { need: Need }) {
  const [text, setText] = useState('');
  const ack = useTalkWrite<object>('POST', (id) => `/api/needs/${id}/ack`);
  const answer = useTalkWrite<{ text: string }>('POST', (id) => `/api/needs/${id}/answer`);
  const coach = useCoachForMe(text);
  if (need.status === 'answered') return null;
  return (
    <div className="form">
      {need.status === 'open' ? (
        <Button variant="secondary" onClick={() => void ack.mutateAsync({ routeId: need.id, body: {} })}>
          I have seen this
        </Button>
      ) : null}
      <CoachedTextArea
        inputClassName="talk-textarea"
        label="Your answer"
        rows={2}
        value={text}
        onText={setText}
        findings={coach?.findings ?? null}
        error={fieldError(answer.error, 'text')}
      />
      <Button
        disabled={!text.trim()}
        onClick={() => void answer.mutateAsync({ routeId: need.id, body: { text } }).catch(() => {})}
      >
        Answer
      </Button>
    </div>
  );
}

/** "Say what you need": requests of a kind, acknowledged and answered by the partner. */
export function NeedsCard({ partnerName }: { partnerName: string }) {
  const list = useNeeds();
  const needs = list.data?.needs ?? [];
  const open = needs.filter((n) => n.status !== 'answered');
  const done = needs.filter((n) => n.status === 'answered');
  const item = (n: Need) => (
    <li key={n.id} className="talk-question">
      <p className="small">
        {n.mine ? 'You asked for' : `${n.authorName} asked for`} · {formatDateTime(n.createdAt)}
        {n.acknowledgedAt && n.status === 'acknowledged' ? ' · seen' : ''}
      </p>
      <p className="talk-text">
        <strong>{NEED_LABELS[n.kind]}</strong>
        {n.note ? `: ${n.note}` : ''}
      </p>
      {n.answer ? <p className="talk-answer">{n.answer}</p> : null}
      {n.toMe ? <NeedActions need={n} /> : null}
    </li>
  );
  return (
    <Card title="Say what you need">
      <NeedForm partnerName={partnerName} />
      {open.length > 0 ? (
        <>
          <h3>Open requests</h3>
          <ol className="talk-list">{open.map(item)}</ol>
        </>
      ) : list.data ? (
        <p>No open requests.</p>
      ) : null}
      {done.length > 0 ? (
        <details>
          <summary>Answered ({done.length})</summary>
          <ol className="talk-list">{done.map(item)}</ol>
        </details>
      ) : null}
    </Card>
  );
}
