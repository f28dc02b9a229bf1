import { useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { Notice } from '../../components/notice';
import { formatCalendarDate } from '../../lib/format';
import { type TransparencyItem, useGroundworkWrite } from './api';
import { KIND_LABEL, statusWords } from './words';

type Act = { routeId: string; action: string };

const STOP = 'Stop sharing this for good';

/** What each person may do with an item: the partner accepts or declines; the offerer pauses, resumes or ends. */
function actionsFor(item: TransparencyItem): [string, string, 'primary' | 'secondary' | 'quiet'][] {
  if (!item.mine && item.status === 'offered')
    return [
      ['accept', 'Accept', 'primary'],
      ['decline', 'Decline', 'secondary'],
    ];
  if (!item.mine) return [];
  if (item.status === 'active')
    return [
      ['pause', 'Pause', 'secondary'],
      ['end', STOP, 'quiet'],
    ];
  if (item.status === 'paused')
    return [
      ['resume', 'Resume', 'primary'],
      ['end', STOP, 'quiet'],
    ];
  if (item.status === 'offered') return [['end', 'Withdraw the offer', 'quiet']];
  return [];
}

/** One transparency item, its dates, its honest state, and what the reader can do with it. */
export function ItemCard({ item, partnerName }: { item: TransparencyItem; partnerName: string }) {
  const act = useGroundworkWrite<Act>('POST', (b) => `/api/transparency/items/${b.routeId}/${b.action}`);
  const [confirming, setConfirming] = useState(false);
  const run = (action: string) =>
    act.mutate({ routeId: item.id, action }, { onSettled: () => setConfirming(false) });
  const ended = item.status === 'ended';
  const actions = actionsFor(item);
  return (
    <li className={`entry gw-item gw-item-${item.status}`}>
      <p>
        <strong>{KIND_LABEL[item.kind]}</strong> — {item.description}
      </p>
      <p className="gw-status">{statusWords(item)}</p>
      {!ended ? (
        <p className="small">
          Review on {formatCalendarDate(item.reviewOn)} · ends on {formatCalendarDate(item.endsOn)}
        </p>
      ) : null}
      {item.reviewDue ? (
        <Notice>
          The review date is close. Talk about whether to renew it, make it lighter, or let it end.
        </Notice>
      ) : null}
      {actions.length > 0 ? (
        <div className="actions">
          {actions.map(([action, label, variant]) => (
            <Button
              key={action}
              variant={variant}
              busy={act.isPending}
              // Stopping for good cannot be undone, so it asks first; withdrawing an offer does not.
              onClick={() =>
                action === 'end' && item.status !== 'offered' ? setConfirming(true) : run(action)
              }
            >
              {label}
            </Button>
          ))}
        </div>
      ) : null}
      {act.error ? <Notice tone="error">{act.error.message}</Notice> : null}
      {confirming ? (
        <Dialog
          title="Stop sharing this for good?"
          onClose={() => setConfirming(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
              <Button busy={act.isPending} onClick={() => run('end')}>
                {STOP}
              </Button>
            </>
          }
        >
          <p>
            {partnerName} will see that you ended it. It cannot be turned back on; you could offer it again as
            a new item{item.status === 'active' ? ', or pause it instead' : ''}.
          </p>
        </Dialog>
      ) : null}
    </li>
  );
}
