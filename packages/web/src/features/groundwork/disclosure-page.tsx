import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Dialog } from '../../components/dialog';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useDisclosures, useGroundworkLive, useGroundworkWrite, useHonesty } from './api';
import { DisclosureEntry } from './disclosure-entry';
import { DisclosureForm } from './disclosure-form';
import { HonestyCounter } from './honesty-counter';
import { LATE_DISCLOSURE } from './words';

function CompleteButton() {
  const [open, setOpen] = useState(false);
  const complete = useGroundworkWrite('POST', '/api/disclosures/complete');
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Mark the disclosure complete…
      </Button>
      {open ? (
        <Dialog
          title="Is this the whole truth?"
          onClose={() => setOpen(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Not yet
              </Button>
              <Button
                busy={complete.isPending}
                onClick={() => complete.mutate(undefined, { onSuccess: () => setOpen(false) })}
              >
                Yes, it is complete
              </Button>
            </>
          }
        >
          <p>
            Marking it complete tells your partner this is everything. From then on, the days since anything
            new came to light are counted and shown to you both.
          </p>
          <p>
            If something more comes out later, it is marked “{LATE_DISCLOSURE}”, and the count starts again.
          </p>
        </Dialog>
      ) : null}
    </>
  );
}

export default function DisclosurePage() {
  useGroundworkLive();
  const me = useMe();
  const list = useDisclosures();
  const honesty = useHonesty();
  if (!me.data?.space || !list.data || !honesty.data) return <Loading />;
  const repairing = me.data.space.role === 'repairing';
  const { disclosures, completedAt } = list.data;
  return (
    <Page
      title="The disclosure"
      tabTitle="Groundwork"
      lead={
        repairing ? (
          <p>
            Tell the whole truth once, in your own words. Painful as it is, once is kinder than piece by
            piece.
          </p>
        ) : (
          <p>
            What your partner has told you, in one place, and how long it has been since anything new came to
            light.
          </p>
        )
      }
      audience={
        repairing
          ? 'You and your partner. Each part is shared as soon as you send it.'
          : 'You and your partner.'
      }
    >
      <Card title="Since the disclosure" tone="calm">
        <HonestyCounter honesty={honesty.data} />
        {completedAt ? <p className="small">Marked complete {formatDateTime(completedAt)}.</p> : null}
      </Card>
      {repairing ? (
        <Card title={completedAt ? 'Share something new' : 'Write the disclosure'}>
          <DisclosureForm late={completedAt !== null} />
          {!completedAt && disclosures.some((d) => d.mine) ? <CompleteButton /> : null}
        </Card>
      ) : null}
      <Card title="What has been shared">
        {disclosures.length === 0 ? (
          <p>{repairing ? 'Nothing yet.' : 'Nothing has been shared here yet.'}</p>
        ) : (
          <ol className="gw-entries">
            {disclosures.map((d) => (
              <DisclosureEntry key={d.id} disclosure={d} />
            ))}
          </ol>
        )}
        {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      </Card>
    </Page>
  );
}
