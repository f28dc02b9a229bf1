import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { fieldError } from '../../lib/api-client';
import { useGroundworkWrite } from './api';

/** The local date and time now, as a datetime-local input wants it. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Reporting a contact attempt: when it happened, through which channel, and anything worth saying. */
export function AttemptForm() {
  const [when, setWhen] = useState(localNow);
  const [channel, setChannel] = useState('');
  const [note, setNote] = useState('');
  const report = useGroundworkWrite('POST', '/api/no-contact/attempts');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const occurredAt = new Date(when).toISOString();
    report.mutate(
      { occurredAt, channel, ...(note.trim() ? { note } : {}) },
      { onSuccess: () => setNote('') },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="When it happened"
        type="datetime-local"
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        error={fieldError(report.error, 'occurredAt')}
      />
      <TextField
        label="Through which channel"
        value={channel}
        maxLength={80}
        onChange={(e) => setChannel(e.target.value)}
        error={fieldError(report.error, 'channel')}
      />
      <TextField
        label="What happened, and what you did"
        optional
        value={note}
        maxLength={1000}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" variant="secondary" busy={report.isPending}>
        Report this attempt
      </Button>
    </form>
  );
}
