import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useDebriefSettings, useDebriefWrites } from './debrief-api';

const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The time of the evening debrief, agreed by the couple; either of you can change or stop it. */
export function DebriefCard() {
  const current = useDebriefSettings();
  const settings = current.data?.settings ?? null;
  const [time, setTime] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const { settings: save } = useDebriefWrites();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      time: time ?? settings?.time ?? '21:00',
      timeZone: timeZone ?? settings?.timeZone ?? deviceTimeZone(),
    };
    void save.mutateAsync({ body }).catch(() => {});
  };
  return (
    <Card title="Evening debrief">
      <p>
        A short daily moment: at the time you choose, the partner who broke trust is reminded to ask “any
        triggers today?”. The answer can be a few words, a skip, or “not tonight”.
      </p>
      {settings?.nextAt ? <p className="small">Next: {formatDateTime(settings.nextAt)}.</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label="Debrief time"
          type="time"
          value={time ?? settings?.time ?? '21:00'}
          onChange={(e) => setTime(e.target.value)}
          error={fieldError(save.error, 'time')}
        />
        <TextField
          label="Debrief time zone"
          value={timeZone ?? settings?.timeZone ?? deviceTimeZone()}
          onChange={(e) => setTimeZone(e.target.value)}
          error={fieldError(save.error, 'timeZone')}
        />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {settings ? 'Change the time' : 'Start the evening debrief'}
          </Button>
        </div>
        {save.isSuccess ? <Notice tone="success">Saved. Your partner can see the time too.</Notice> : null}
      </form>
    </Card>
  );
}
