import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Dialog } from '../../components/dialog';
import { Notice } from '../../components/notice';
import { useLeaveSpace } from './api';

export function LeaveSpaceSection({ partnerName }: { partnerName: string | undefined }) {
  const [open, setOpen] = useState(false);
  const leave = useLeaveSpace();
  const who = partnerName ?? 'Your partner';
  const confirm = () => leave.mutate(undefined, { onSuccess: () => setOpen(false) });
  return (
    <Card title="Leave this space">
      <p>
        Leaving happens at once. {who} stops seeing everything you shared, and you can keep using Mend on your
        own.
      </p>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Leave this space…
      </Button>
      {open ? (
        <Dialog
          title="Leave this space?"
          onClose={() => setOpen(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Stay
              </Button>
              <Button variant="danger" busy={leave.isPending} onClick={confirm}>
                {leave.isPending ? 'Leaving…' : 'Leave now'}
              </Button>
            </>
          }
        >
          <p>This takes effect immediately:</p>
          <ul className="list">
            <li>Everything you shared is taken back. {who} can no longer open it.</li>
            <li>Mend sends no message, but {who} will see that you are no longer in the space.</li>
            <li>What you wrote stays yours, in your own account.</li>
            <li>To share a space again, one of you makes a new invitation.</li>
          </ul>
          {leave.error ? <Notice tone="error">{leave.error.message}</Notice> : null}
        </Dialog>
      ) : null}
    </Card>
  );
}
