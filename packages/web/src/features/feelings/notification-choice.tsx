import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { pushStatus, pushSupported, turnOffPush, turnOnPush } from '../../lib/push';
import { DISCREET_NOTIFICATION } from './words';

type State = 'checking' | 'on' | 'off' | 'blocked' | 'in-page';

const NOTICE = `“${DISCREET_NOTIFICATION.body}”`;

/**
 * Opt in to a discreet notice on this device when an alert arrives. With Web Push it reaches the
 * device even when Mend is closed; without it (or without a service worker), only while Mend is open.
 */
export function NotificationChoice({ partnerName }: { partnerName: string }) {
  const [state, setState] = useState<State>(() => initialState());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (state !== 'checking') return;
    let live = true;
    pushStatus()
      .then((status) => live && setState(status === 'unavailable' ? inPageState() : status))
      .catch(() => live && setState('off'));
    return () => {
      live = false;
    };
  }, [state]);

  if (typeof Notification === 'undefined') return null;

  const act = async (work: () => Promise<State>) => {
    setBusy(true);
    setProblem(null);
    try {
      setState(await work());
    } catch {
      setProblem('That did not work just now. Please try again in a moment.');
    } finally {
      setBusy(false);
    }
  };
  const turnOn = () => act(turnOnPush);
  const turnOff = () =>
    act(async () => {
      await turnOffPush();
      return 'off';
    });

  return (
    <Card title="Notifications on this device">
      <p>
        {state === 'in-page'
          ? `When ${partnerName} sends an alert and Mend is open in the background, this device can show a notice.`
          : `When ${partnerName} sends an alert, this device can let you know, even when Mend is closed.`}{' '}
        The notice reads only {NOTICE} under Mend’s name. It shows no name and nothing about feelings, so a
        lock screen gives nothing away. It comes only to devices where you turn it on.
      </p>
      {state === 'on' ? (
        <>
          <p className="small">On for this device. Tapping the notice opens Mend.</p>
          <Button variant="secondary" busy={busy} onClick={() => void turnOff()}>
            Turn off on this device
          </Button>
        </>
      ) : state === 'blocked' ? (
        <p className="small">Notifications are blocked in this browser’s settings.</p>
      ) : state === 'in-page' ? (
        <InPageChoice onChange={setState} />
      ) : state === 'off' ? (
        <Button variant="secondary" busy={busy} onClick={() => void turnOn()}>
          Turn on notices
        </Button>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </Card>
  );
}

function initialState(): State {
  if (typeof Notification === 'undefined') return 'in-page';
  if (Notification.permission === 'denied') return 'blocked';
  return pushSupported() ? 'checking' : inPageState();
}

/** Without Web Push: the page itself shows the notice while it is open in the background. */
function inPageState(): State {
  return Notification.permission === 'denied' ? 'blocked' : 'in-page';
}

function InPageChoice({ onChange }: { onChange: (state: State) => void }) {
  const [permission, setPermission] = useState(Notification.permission);
  if (permission === 'granted')
    return (
      <p className="small">Notifications are on for this device. Your browser settings can turn them off.</p>
    );
  return (
    <Button
      variant="secondary"
      onClick={() =>
        void Notification.requestPermission().then((p) => {
          setPermission(p);
          if (p === 'denied') onChange('blocked');
        })
      }
    >
      Turn on notices
    </Button>
  );
}
