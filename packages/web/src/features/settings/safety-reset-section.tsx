import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Dialog } from '../../components/dialog';
import { Notice } from '../../components/notice';
import type { SafetyResetResult } from '../../lib/api-types';
import { useSafetyReset } from './api';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summary({ endedShares, signedOutSessions }: SafetyResetResult): string {
  return `Done. Ended ${plural(endedShares, 'share', 'shares')} and signed out ${plural(signedOutSessions, 'other device', 'other devices')}.`;
}

export function SafetyResetSection() {
  const [open, setOpen] = useState(false);
  const reset = useSafetyReset();
  const confirm = () => reset.mutate(undefined, { onSuccess: () => setOpen(false) });
  return (
    <Card title="Safety reset" tone="care">
      <p>
        If you need to stop sharing right now, a safety reset ends every share at once and signs out all your
        other devices. No one is notified.
      </p>
      {reset.data ? <Notice tone="success">{summary(reset.data)}</Notice> : null}
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Safety reset…
      </Button>
      {open ? (
        <Dialog
          title="Do a safety reset?"
          onClose={() => setOpen(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Not now
              </Button>
              <Button variant="danger" busy={reset.isPending} onClick={confirm}>
                {reset.isPending ? 'Resetting…' : 'Reset now'}
              </Button>
            </>
          }
        >
          <ul className="list">
            <li>Every share ends at once. Your partner can no longer open what you shared.</li>
            <li>Every other device signed in to your account is signed out. This one stays signed in.</li>
            <li>
              Mend tells no one. Your partner gets no message about it, though they may notice that what you
              shared is gone.
            </li>
          </ul>
          {reset.error ? <Notice tone="error">{reset.error.message}</Notice> : null}
        </Dialog>
      ) : null}
    </Card>
  );
}
