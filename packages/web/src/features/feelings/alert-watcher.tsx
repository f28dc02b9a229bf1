import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { onLiveEvent } from '../../lib/live';
import { useMe } from '../../lib/me';
import { AlertGuidance } from './alert-guidance';
import { type Alert, keys, useAckAlert, useAlerts } from './api';
import { DISCREET_NOTIFICATION, durationWords } from './words';
import './feelings.css';

/** Screens whose "I'm triggered" card already says when the partner answered. */
const SHOWS_ITS_OWN_STATUS = ['/today', '/feelings'];

/** An alert older than this is history, not something to answer now. */
const OPEN_FOR_MS = 12 * 60 * 60 * 1000;

export function isOpenAlert(alert: Alert, now: number): boolean {
  return alert.direction === 'received' && !alert.ackedAt && now - Date.parse(alert.sentAt) < OPEN_FOR_MS;
}

function notifyDiscreetly(): void {
  if (typeof document === 'undefined' || !document.hidden) return;
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const options = { body: DISCREET_NOTIFICATION.body, tag: 'mend', icon: '/icons/icon-192.png' };
  void navigator.serviceWorker?.getRegistration().then((registration) => {
    if (registration) void registration.showNotification(DISCREET_NOTIFICATION.title, options);
    else new Notification(DISCREET_NOTIFICATION.title, options);
  });
}

/**
 * Mounted once for signed-in people: shows a partner's alert on any screen the moment it arrives
 * (or on opening Mend, if it came while away), and tells the sender when their partner is here.
 */
export function AlertWatcher() {
  const me = useMe();
  const { pathname } = useLocation();
  const partner = me.data?.space?.partner;
  const queryClient = useQueryClient();
  const alerts = useAlerts(Boolean(partner));
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [seenAck, setSeenAck] = useState<string | null>(null);
  // Once answered, the alert is no longer open, but its dialog stays until closed.
  const [answering, setAnswering] = useState<Alert | null>(null);

  useEffect(
    () =>
      onLiveEvent((event) => {
        if (event.type !== 'alert' && event.type !== 'alert_acked') return;
        void queryClient.invalidateQueries({ queryKey: keys.alerts });
        if (event.type === 'alert') {
          notifyDiscreetly();
          navigator.vibrate?.(200);
        } else setSeenAck(null);
      }),
    [queryClient],
  );

  if (!partner || !alerts.data) return null;
  const now = Date.now();
  const open = answering ?? alerts.data.find((a) => isOpenAlert(a, now) && !dismissed.includes(a.id));
  const answered = alerts.data.find(
    (a) => a.direction === 'sent' && a.ackedAt && now - Date.parse(a.ackedAt) < 10 * 60_000,
  );
  return (
    <>
      {open ? (
        <PartnerAlertDialog
          alert={open}
          partnerName={partner.displayName}
          onAnswer={() => setAnswering(open)}
          onClose={() => {
            setAnswering(null);
            setDismissed((d) => [...d, open.id]);
          }}
        />
      ) : null}
      {answered && seenAck !== answered.id && !SHOWS_ITS_OWN_STATUS.includes(pathname) ? (
        <div className="alert-answered" role="status">
          <p>
            <strong>{partner.displayName} is here.</strong> They answered after{' '}
            {durationWords(answered.ackAfterSeconds ?? 0)}.
          </p>
          <Button variant="quiet" onClick={() => setSeenAck(answered.id)}>
            Close
          </Button>
        </div>
      ) : null}
    </>
  );
}

function PartnerAlertDialog({
  alert,
  partnerName,
  onAnswer,
  onClose,
}: {
  alert: Alert;
  partnerName: string;
  onAnswer: () => void;
  onClose: () => void;
}) {
  const ack = useAckAlert();
  const [acked, setAcked] = useState(false);
  const done = acked && ack.isSuccess;
  return (
    <Dialog
      title={done ? `${partnerName} can see you’re here` : `${partnerName} is triggered right now`}
      onClose={onClose}
      actions={
        done ? (
          <Button onClick={onClose}>Close</Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose}>
              Later
            </Button>
            <Button
              busy={ack.isPending}
              onClick={() => {
                setAcked(true);
                onAnswer();
                ack.mutate(alert.id);
              }}
            >
              I’m here
            </Button>
          </>
        )
      }
    >
      {done ? (
        <p>Now go to them, or reply in the way they asked. You don’t need the perfect words.</p>
      ) : (
        <>
          <AlertGuidance needs={alert.needs} partnerName={partnerName} />
          <p className="small">{partnerName} sees when you answer.</p>
        </>
      )}
      {ack.isError ? <p className="field-error">{ack.error.message}</p> : null}
    </Dialog>
  );
}
