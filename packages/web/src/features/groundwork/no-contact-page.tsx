import { CHANNEL_SUGGESTIONS } from '@mend/domain/groundwork/no-contact';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { fieldError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { type NoContact, useGroundworkLive, useGroundworkWrite, useNoContact } from './api';
import { AttemptForm } from './attempt-form';

function ChannelForm({ suggestion }: { suggestion: string }) {
  const [channel, setChannel] = useState(suggestion);
  const [how, setHow] = useState('');
  const add = useGroundworkWrite('POST', '/api/no-contact/channels');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ channel, how }, { onSuccess: () => setHow('') });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Channel"
        value={channel}
        maxLength={80}
        onChange={(e) => setChannel(e.target.value)}
        error={fieldError(add.error, 'channel')}
      />
      <TextField
        label="How you closed it"
        hint="For example: blocked the number, deleted the account, asked to change teams."
        value={how}
        maxLength={500}
        onChange={(e) => setHow(e.target.value)}
        error={fieldError(add.error, 'how')}
      />
      <Button type="submit" busy={add.isPending}>
        Confirm this channel is closed
      </Button>
    </form>
  );
}

function Checklist({ data, repairing }: { data: NoContact; repairing: boolean }) {
  const confirm = useGroundworkWrite('POST', '/api/no-contact/confirm');
  const open = CHANNEL_SUGGESTIONS.filter((s) => !data.channels.some((c) => c.channel === s));
  return (
    <Card title="Channels closed">
      {data.channels.length === 0 ? <p>No channel has been confirmed closed yet.</p> : null}
      <ul className="gw-entries">
        {data.channels.map((c) => (
          <li key={c.id} className="entry">
            <p>
              <strong>✓ {c.channel}</strong> — {c.how}
            </p>
            <p className="small">Confirmed {formatDateTime(c.closedAt)}</p>
          </li>
        ))}
      </ul>
      {repairing ? <ChannelForm key={`${data.channels.length}`} suggestion={open[0] ?? ''} /> : null}
      {repairing && open.length > 0 ? <p className="small">Still to look at: {open.join(', ')}.</p> : null}
      {data.confirmedAt ? (
        <Notice tone="success">No contact was confirmed on {formatDateTime(data.confirmedAt)}.</Notice>
      ) : repairing && data.channels.length > 0 ? (
        <Button variant="secondary" busy={confirm.isPending} onClick={() => confirm.mutate(undefined)}>
          Every channel is closed
        </Button>
      ) : null}
    </Card>
  );
}

export default function NoContactPage() {
  useGroundworkLive();
  const me = useMe();
  const data = useNoContact();
  if (!me.data?.space || !data.data) return <Loading />;
  const repairing = me.data.space.role === 'repairing';
  return (
    <Page
      title="No contact"
      tabTitle="Groundwork"
      lead={
        <p>
          Every way the other person could reach in, closed one by one, and any attempt to get back in touch,
          told openly.
        </p>
      }
      audience="You and your partner."
    >
      <Checklist data={data.data} repairing={repairing} />
      <Card title="Contact attempts">
        <p>
          If the other person tries to get in touch, telling your partner within a day — sooner is better —
          keeps it from becoming a new secret.
        </p>
        {repairing ? <AttemptForm /> : null}
        {data.data.attempts.length === 0 ? <p className="small">None reported.</p> : null}
        <ul className="gw-entries">
          {data.data.attempts.map((a) => (
            <li key={a.id} className="entry">
              <p>
                {a.channel}, {formatDateTime(a.occurredAt)}
              </p>
              <p className="small">
                Told {a.reportedAfterHours} hours later{a.withinGoal ? ', within a day' : ''}.
              </p>
              {a.note ? <p className="gw-text">{a.note}</p> : null}
            </li>
          ))}
        </ul>
      </Card>
    </Page>
  );
}
