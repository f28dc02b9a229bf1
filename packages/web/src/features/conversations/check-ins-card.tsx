import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Checkbox } from '../../components/checkbox';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { TimeZoneField } from '../../components/time-zone-field';
import { fieldError, formError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { deviceTimeZone } from '../../lib/time-zone';
import { type CheckInSchedule, useNextCheckIn, useSchedule, useTalkWrite } from './api';
import { WEEKDAY_LABELS } from './words';

function ScheduleForm({ current }: { current: CheckInSchedule | null }) {
  const [weekdays, setWeekdays] = useState<number[]>(current?.weekdays ?? [0]);
  const [time, setTime] = useState(current?.time ?? '20:00');
  const [minutes, setMinutes] = useState(String(current?.minutes ?? 30));
  const [timeZone, setTimeZone] = useState(current?.timeZone ?? deviceTimeZone());
  const save = useTalkWrite<CheckInSchedule>('PUT', '/api/check-ins/schedule');
  const toggle = (day: number) =>
    setWeekdays((days) => (days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.mutateAsync({ body: { weekdays, time, minutes: Number(minutes), timeZone } }).catch(() => {});
  };
  const fields = ['weekdays', 'time', 'minutes', 'timeZone'];
  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="choices choices-inline">
        <legend className="field-label">Which days</legend>
        <div className="choices-list">
          {WEEKDAY_LABELS.map((label, day) => (
            <Checkbox
              key={label}
              label={label}
              checked={weekdays.includes(day)}
              onChange={() => toggle(day)}
            />
          ))}
        </div>
        {fieldError(save.error, 'weekdays') ? (
          <p className="field-error">{fieldError(save.error, 'weekdays')}</p>
        ) : null}
      </fieldset>
      <TextField
        label="At what time"
        type="time"
        value={time}
        onChange={(e) => setTime(e.target.value)}
        error={fieldError(save.error, 'time')}
      />
      <TextField
        label="For how many minutes"
        hint="Time-boxed on purpose: 10 to 120 minutes, so the hard talk does not take the whole evening."
        type="number"
        inputMode="numeric"
        min={10}
        max={120}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={fieldError(save.error, 'minutes')}
      />
      <TimeZoneField
        hint="The time above is read in this time zone, for both of you."
        value={timeZone}
        onChange={setTimeZone}
        error={fieldError(save.error, 'timeZone')}
      />
      <div className="actions">
        <Button type="submit" busy={save.isPending}>
          {current ? 'Change the schedule' : 'Agree this schedule'}
        </Button>
      </div>
      {formError(save.error, fields) ? <Notice tone="error">{formError(save.error, fields)}</Notice> : null}
      {save.isSuccess ? <Notice tone="success">Saved. Your partner sees the same schedule.</Notice> : null}
    </form>
  );
}

/** The agreed check-in series, the next check-in and what is on its agenda. */
export function CheckInsCard() {
  const schedule = useSchedule();
  const next = useNextCheckIn();
  const [editing, setEditing] = useState(false);
  const current = schedule.data?.schedule ?? null;
  const n = next.data;
  return (
    <Card title="Check-ins">
      <p>
        A regular, time-boxed talk keeps the hardest conversations in their place, so they do not take over
        every evening.
      </p>
      {n?.startsAt ? (
        <>
          <p>
            <strong>Next check-in:</strong> {formatDateTime(n.startsAt)}, {n.minutes} minutes.
          </p>
          {n.agenda.length > 0 ? (
            <>
              <p className="small">On the agenda, from the question queue and open requests:</p>
              <ul className="list">
                {n.agenda.map((item) => (
                  <li key={item.questionId ?? item.needId ?? item.text}>{item.text}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="small">Nothing is waiting in the queue.</p>
          )}
          <p>
            <a href="/api/check-ins/calendar.ics" download="check-ins.ics">
              Add the series to a calendar
            </a>
          </p>
        </>
      ) : schedule.data ? (
        <p>No schedule agreed yet.</p>
      ) : null}
      {schedule.data && (editing || !current) ? (
        <ScheduleForm current={current} />
      ) : current ? (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          Change the schedule
        </Button>
      ) : null}
    </Card>
  );
}
