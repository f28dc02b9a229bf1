import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../components/notice';
import { formatDateTime } from '../../lib/format';
import { type Alert, type AlertNeed, useAlerts, useSendAlert } from './api';
import { ALERT_NEEDS_ORDER } from './needs';
import { durationWords, NEED_WORDS } from './words';

/** A sent alert stays on screen for this long. */
const SHOW_SENT_MS = 60 * 60 * 1000;

function latestSent(alerts: readonly Alert[] | undefined): Alert | undefined {
  const sent = alerts?.find((a) => a.direction === 'sent');
  return sent && Date.now() - Date.parse(sent.sentAt) < SHOW_SENT_MS ? sent : undefined;
}

/** The "I'm triggered" button, with optional needs chosen first: one tap sends. */
export function TriggeredPanel({ partnerName }: { partnerName: string | null }) {
  const [needs, setNeeds] = useState<AlertNeed[]>([]);
  const alerts = useAlerts(Boolean(partnerName));
  const send = useSendAlert();
  const toggle = (need: AlertNeed) =>
    setNeeds((current) => (current.includes(need) ? current.filter((n) => n !== need) : [...current, need]));

  if (!partnerName) {
    return (
      <p>
        If you share a space with a partner, this is where you can let them know with one tap. For now,
        breathing and grounding are here whenever you need them.
      </p>
    );
  }
  const sent = latestSent(alerts.data);
  return (
    <div className="triggered">
      <fieldset className="need-chips">
        <legend className="field-label">What would help? (optional)</legend>
        {ALERT_NEEDS_ORDER.map((need) => (
          <button
            key={need}
            type="button"
            className="chip"
            aria-pressed={needs.includes(need)}
            onClick={() => toggle(need)}
          >
            {NEED_WORDS[need].mine}
          </button>
        ))}
      </fieldset>
      <button
        type="button"
        className="triggered-button"
        aria-disabled={send.isPending || undefined}
        onClick={() => {
          if (!send.isPending) send.mutate(needs);
        }}
      >
        {send.isPending ? 'Sending…' : 'I’m triggered'}
      </button>
      <p className="small">
        Sends {partnerName} a calm alert{needs.length ? ' with what would help' : ''}.
      </p>
      {send.isError ? <Notice tone="error">{send.error.message}</Notice> : null}
      {sent ? <SentStatus alert={sent} partnerName={partnerName} /> : null}
    </div>
  );
}

function SentStatus({ alert, partnerName }: { alert: Alert; partnerName: string }) {
  if (alert.ackedAt) {
    return (
      <Notice tone="success">
        <strong>{partnerName} is here.</strong> They answered after{' '}
        {durationWords(alert.ackAfterSeconds ?? 0)}.
      </Notice>
    );
  }
  return (
    <div className="notice notice-info" role="status">
      Sent to {partnerName} at {formatDateTime(alert.sentAt)}. While you wait:{' '}
      <Link to="/breathe">breathe with a pacer</Link> or <Link to="/ground">ground yourself</Link>.
    </div>
  );
}
