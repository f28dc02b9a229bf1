import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { TimeZoneField } from '../../components/time-zone-field';
import { fieldError } from '../../lib/api-client';
import type { Role } from '../../lib/api-types';
import { formatDateTime } from '../../lib/format';
import { deviceTimeZone } from '../../lib/time-zone';
import { useDebriefSettings, useDebriefWrites } from './debrief-api';

/** Who gets the evening reminder, said to the person reading: the server prompts each repairing partner. */
export function reminderLine(role: Role, partnerName: string, partnerRole: Role): string {
  const ask = '“any triggers today?”';
  if (role === 'repairing' && partnerRole === 'repairing')
    return `You get a reminder to ask ${partnerName} ${ask}, and ${partnerName} gets one to ask you.`;
  if (role === 'repairing') return `You get a reminder to ask ${partnerName} ${ask}.`;
  if (partnerRole === 'repairing') return `${partnerName} gets a reminder to ask you ${ask}.`;
  return `The reminder to ask ${ask} goes to a partner who is repairing trust; here, neither of you is.`;
}

interface Props {
  role: Role;
  partnerName: string;
  partnerRole: Role;
}

/** The time of the evening debrief, agreed by the couple; either of you can change or stop it. */
export function DebriefCard({ role, partnerName, partnerRole }: Props) {
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
        A short daily moment at the time you choose. {reminderLine(role, partnerName, partnerRole)} The answer
        can be a few words, a skip, or “not tonight”.
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
        <TimeZoneField
          hint="The debrief time is read in this time zone."
          value={timeZone ?? settings?.timeZone ?? deviceTimeZone()}
          onChange={setTimeZone}
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
