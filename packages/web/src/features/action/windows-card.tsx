import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ChoiceGroup } from '../../components/choice-group';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { useCoachForMe } from '../../lib/coach';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { type AnxietyWindow, useActionWrite, useAnxietyWindows } from './api';
import { deviceTimeZone } from './time';
import { WEEKDAY_LABELS } from './words';

const KINDS = [
  { value: 'weekly' as const, label: 'Every week', hint: 'Friday evenings, say.' },
  { value: 'date' as const, label: 'On a date', hint: 'An anniversary, a trip.' },
];
const FIELDS = ['kind', 'weekday', 'date', 'start', 'end', 'label', 'helps', 'timeZone'];

function WindowForm() {
  const [kind, setKind] = useState<'weekly' | 'date'>('weekly');
  const [weekday, setWeekday] = useState(5);
  const [date, setDate] = useState('');
  const [start, setStart] = useState('19:00');
  const [end, setEnd] = useState('23:00');
  const [label, setLabel] = useState('');
  const [helps, setHelps] = useState('');
  const coach = useCoachForMe(helps);
  const dayId = useId();
  const add = useActionWrite<object, { window: AnxietyWindow }>('POST', '/api/anxiety-windows');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      kind,
      ...(kind === 'weekly' ? { weekday } : { date }),
      start,
      end,
      timeZone: deviceTimeZone(),
      ...(label.trim() ? { label } : {}),
      ...(helps.trim() ? { helps } : {}),
    };
    void add.mutateAsync({ body }).then(
      () => {
        setLabel('');
        setHelps('');
      },
      () => {},
    );
  };
  const e = (field: string) => fieldError(add.error, field);
  return (
    <form className="form act-form" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="When it comes"
        name="window-kind"
        choices={KINDS}
        value={kind}
        onChange={setKind}
        inline
      />
      {kind === 'weekly' ? (
        <div className={`field${e('weekday') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={dayId}>
            Day
          </label>
          <select
            id={dayId}
            className="field-input act-field-select"
            value={weekday}
            onChange={(ev) => setWeekday(Number(ev.target.value))}
          >
            {WEEKDAY_LABELS.map((d, i) => (
              <option key={d} value={i}>
                {d}
              </option>
            ))}
          </select>
          {e('weekday') ? <p className="field-error">{e('weekday')}</p> : null}
        </div>
      ) : (
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={(ev) => setDate(ev.target.value)}
          error={e('date')}
        />
      )}
      <div className="act-two">
        <TextField
          label="From"
          type="time"
          value={start}
          onChange={(ev) => setStart(ev.target.value)}
          error={e('start')}
        />
        <TextField
          label="Until"
          type="time"
          value={end}
          onChange={(ev) => setEnd(ev.target.value)}
          error={e('end')}
        />
      </div>
      <TextField
        label="A name for it"
        optional
        placeholder="Team drinks night"
        maxLength={200}
        value={label}
        onChange={(ev) => setLabel(ev.target.value)}
        error={e('label')}
      />
      <CoachedTextArea
        label="What helps then"
        optional
        hint="Your partner reads this before and during the time."
        placeholder="A text when you arrive and when you leave. A call if plans change."
        rows={2}
        maxLength={1000}
        value={helps}
        onText={setHelps}
        findings={coach?.findings ?? null}
        error={e('helps')}
      />
      <Button type="submit" busy={add.isPending}>
        Add this time
      </Button>
      {formError(add.error, FIELDS) ? <Notice tone="error">{formError(add.error, FIELDS)}</Notice> : null}
    </form>
  );
}

/** "Fridays, 19:00–23:00" or "14 February 2027, 09:00–18:00". */
export function whenText(w: AnxietyWindow): string {
  const day = w.kind === 'weekly' ? `${WEEKDAY_LABELS[w.weekday ?? 0]}s` : formatCalendarDate(w.date ?? '');
  return `${day}, ${w.start}–${w.end}`;
}

function WindowItem({ window: w }: { window: AnxietyWindow }) {
  const remove = useActionWrite('DELETE', (id) => `/api/anxiety-windows/${id}`);
  return (
    <li className="entry">
      <p className="act-title">{w.label ?? whenText(w)}</p>
      <p className="small">
        {w.label ? `${whenText(w)} · ` : ''}
        {w.active ? 'Under way now' : w.startsAt ? `Next: ${formatDateTime(w.startsAt)}` : 'Passed'}
      </p>
      {w.helps ? <p className="act-text">What helps: {w.helps}</p> : null}
      {w.mine ? (
        <Button variant="quiet" onClick={() => void remove.mutateAsync({ routeId: w.id }).catch(() => {})}>
          Remove
        </Button>
      ) : null}
    </li>
  );
}

/** Anxious times of the hurt partner's week, and what helps then; the repairing partner is nudged. */
export function WindowsCard({ role, partnerName }: { role: 'hurt' | 'repairing'; partnerName: string }) {
  const list = useAnxietyWindows();
  const windows = list.data?.windows ?? [];
  const writes = role === 'hurt';
  return (
    <Card title={writes ? 'Anxious times' : `Anxious times for ${partnerName}`}>
      <p>
        {writes
          ? `Mark the times that bring the worry back. ${partnerName} sees them, with what helps, and Mend reminds them an hour before.`
          : `${partnerName} finds these times hard. Mend reminds you an hour before; reaching out first is what helps most.`}
      </p>
      {writes ? <WindowForm /> : null}
      {list.data && windows.length === 0 ? <p className="small">None marked yet.</p> : null}
      {windows.length > 0 ? (
        <ul className="act-list" aria-label="Anxious times">
          {windows.map((w) => (
            <WindowItem key={w.id} window={w} />
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
