import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { TimeZoneField } from '../../components/time-zone-field';
import { fieldError, formError } from '../../lib/api-client';
import { type ActionSettings, useActionSettings, useActionWrite } from './api';
import { deviceTimeZone } from './time';

const FIELDS = ['graceMinutes', 'timeZone'];

function GraceForm({ current }: { current: ActionSettings }) {
  const [minutes, setMinutes] = useState(String(current.graceMinutes));
  const [timeZone, setTimeZone] = useState(current.timeZone || deviceTimeZone());
  const save = useActionWrite<ActionSettings>('PUT', '/api/action/settings');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.mutateAsync({ body: { graceMinutes: Number(minutes), timeZone } }).catch(() => {});
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Grace, in minutes"
        hint="How long after the time a promise waits before it counts as missed. Agree it together."
        type="number"
        inputMode="numeric"
        min={0}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={fieldError(save.error, 'graceMinutes')}
      />
      <TimeZoneField
        hint="Weeks on the record start on Monday in this time zone."
        value={timeZone}
        onChange={setTimeZone}
        error={fieldError(save.error, 'timeZone')}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        Save
      </Button>
      {formError(save.error, FIELDS) ? <Notice tone="error">{formError(save.error, FIELDS)}</Notice> : null}
      {save.isSuccess ? <Notice tone="success">Saved. It applies to both of you.</Notice> : null}
    </form>
  );
}

/** The grace period the couple sets before a promise is marked missed. */
export function GraceCard() {
  const settings = useActionSettings();
  return (
    <Card title="Grace before “missed”" tone="calm">
      {settings.data ? (
        <GraceForm current={settings.data.settings} />
      ) : settings.isError ? (
        <Notice tone="error">{formError(settings.error, [])}</Notice>
      ) : (
        <p>Loading…</p>
      )}
    </Card>
  );
}
