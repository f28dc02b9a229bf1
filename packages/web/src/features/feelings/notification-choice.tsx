import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { DISCREET_NOTIFICATION } from './words';

/** Opt in to a discreet notice on this device when an alert arrives while Mend is in the background. */
export function NotificationChoice({ partnerName }: { partnerName: string }) {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported) return null;
  return (
    <Card title="Notifications on this device">
      <p>
        When {partnerName} sends an alert and Mend is open in the background, this device can show a notice.
        It says only “{DISCREET_NOTIFICATION.title}: {DISCREET_NOTIFICATION.body}”, so nothing on a lock
        screen gives anything away.
      </p>
      {permission === 'granted' ? (
        <p className="small">
          Notifications are on for this device. Your browser settings can turn them off.
        </p>
      ) : permission === 'denied' ? (
        <p className="small">Notifications are blocked in this browser’s settings.</p>
      ) : (
        <Button variant="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
          Allow discreet notifications
        </Button>
      )}
    </Card>
  );
}
