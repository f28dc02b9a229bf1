import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { fieldError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { type Counselling, useCounselling, useGroundworkLive, useGroundworkWrite } from './api';

function CounsellorForm({ current }: { current: Counselling['counsellor'] }) {
  const [name, setName] = useState(current?.name ?? '');
  const [contact, setContact] = useState(current?.contact ?? '');
  const save = useGroundworkWrite('PUT', '/api/counselling');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, ...(contact.trim() ? { contact } : {}) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Counsellor’s name"
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(save.error, 'name')}
      />
      <TextField
        label="How to reach them"
        optional
        value={contact}
        maxLength={200}
        onChange={(e) => setContact(e.target.value)}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        Save
      </Button>
    </form>
  );
}

function SessionForm() {
  const [at, setAt] = useState('');
  const add = useGroundworkWrite('POST', '/api/counselling/sessions');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ at: at ? new Date(at).toISOString() : '' }, { onSuccess: () => setAt('') });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Date and time of a session"
        type="datetime-local"
        value={at}
        onChange={(e) => setAt(e.target.value)}
        error={fieldError(add.error, 'at')}
      />
      <Button type="submit" variant="secondary" busy={add.isPending}>
        Add the session
      </Button>
    </form>
  );
}

export default function CounsellingPage() {
  useGroundworkLive();
  const data = useCounselling();
  if (!data.data) return <Loading />;
  const { counsellor, sessions, next } = data.data;
  return (
    <Page
      title="Counselling"
      tabTitle="Groundwork"
      lead={
        <p>
          A counsellor gives you both a steady, neutral place for the hardest talks. Keep their details and
          your sessions here.
        </p>
      }
      audience="You and your partner."
    >
      <Card title="Next session" tone="calm">
        <p>{next ? formatDateTime(next.at) : 'No session planned yet.'}</p>
      </Card>
      <Card title="Your counsellor">
        {counsellor ? (
          <p>
            {counsellor.name}
            {counsellor.contact ? ` · ${counsellor.contact}` : ''}
          </p>
        ) : null}
        <CounsellorForm key={counsellor?.name ?? 'none'} current={counsellor} />
      </Card>
      <Card title="Sessions">
        <SessionForm />
        <ul className="gw-entries">
          {sessions.map((s) => (
            <li key={s.id} className="entry">
              {formatDateTime(s.at)}
              {s.note ? ` — ${s.note}` : ''}
            </li>
          ))}
        </ul>
      </Card>
    </Page>
  );
}
