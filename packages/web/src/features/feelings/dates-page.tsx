import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Checkbox } from '../../components/checkbox';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useAddHardDate, useHardDates, useRemoveHardDate, type Visibility } from './api';
import './feelings.css';

/** Known hard dates: anniversaries, trips. Shared ones prompt the partner to reassure days ahead. */
export default function DatesPage() {
  const me = useMe();
  const partnerName = me.data?.space?.partner?.displayName ?? null;
  const dates = useHardDates();
  const add = useAddHardDate();
  const remove = useRemoveHardDate();
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [yearly, setYearly] = useState(true);
  const [days, setDays] = useState(3);
  const [visibility, setVisibility] = useState<Visibility>('partner');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { date, label: label.trim(), yearly, remindDaysBefore: days, visibility },
      {
        onSuccess: () => {
          setDate('');
          setLabel('');
        },
      },
    );
  };
  const fields = ['date', 'label', 'remindDaysBefore'];
  return (
    <Page
      title="Hard dates"
      tabTitle="Dates"
      lead={
        <p>
          Some days are known to be hard: an anniversary, a trip, the date it came to light. Naming them early
          means they can be planned for.
        </p>
      }
      audience={
        partnerName
          ? `You, and ${partnerName} for the dates you share: they are prompted a few days ahead.`
          : 'Only you, until your partner joins.'
      }
    >
      <Card title="Add a date">
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={fieldError(add.error, 'date')}
          />
          <TextField
            label="What it is"
            hint="A few words, like “our anniversary” or “his work trip”."
            maxLength={120}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            error={fieldError(add.error, 'label')}
          />
          <Checkbox
            label="Comes back every year"
            checked={yearly}
            onChange={(e) => setYearly(e.target.checked)}
          />
          <TextField
            label="Days ahead to prompt"
            type="number"
            min={0}
            max={30}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            error={fieldError(add.error, 'remindDaysBefore')}
          />
          <ChoiceGroup
            legend="Who can see it?"
            name="date-visibility"
            inline
            choices={[
              { value: 'partner', label: partnerName ? `Me and ${partnerName}` : 'Me and my partner' },
              { value: 'private', label: 'Only me' },
            ]}
            value={visibility}
            onChange={setVisibility}
          />
          <Button type="submit" busy={add.isPending}>
            Add the date
          </Button>
          {formError(add.error, fields) ? <Notice tone="error">{formError(add.error, fields)}</Notice> : null}
        </form>
      </Card>
      <Card title="Your dates">
        {dates.data?.length ? (
          <ul className="log">
            {dates.data.map((d) => (
              <li key={d.id} className="log-entry">
                <span>
                  <strong>{d.label}</strong> ·{' '}
                  {d.nextOn ? `next on ${formatCalendarDate(d.nextOn)}` : 'passed'} ·{' '}
                  {d.visibility === 'partner' ? 'shared' : 'only you'}
                </span>
                <button type="button" className="button button-quiet" onClick={() => remove.mutate(d.id)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>No dates yet.</p>
        )}
      </Card>
      <p className="small">
        <Link to="/feelings">Back to Feelings</Link>
      </p>
    </Page>
  );
}
