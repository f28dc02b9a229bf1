import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { type Plan, useActionWrite } from './api';
import { deviceTimeZone, fromLocalInput, laterToday } from './time';

const FIELDS = ['what', 'where', 'etaAt'];

/** The repairing partner says where they will be and when they will be home. */
export function PlanForm({ partnerName }: { partnerName: string }) {
  const [what, setWhat] = useState('');
  const [where, setWhere] = useState('');
  const [eta, setEta] = useState(() => laterToday(new Date(), 120));
  const make = useActionWrite<object, { plan: Plan }>('POST', '/api/plans');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      what,
      etaAt: fromLocalInput(eta),
      timeZone: deviceTimeZone(),
      ...(where.trim() ? { where } : {}),
    };
    void make.mutateAsync({ body }).then(
      () => {
        setWhat('');
        setWhere('');
      },
      () => {},
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="What you are doing"
        placeholder="Dinner with the team"
        maxLength={300}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        error={fieldError(make.error, 'what')}
      />
      <TextField
        label="Where"
        optional
        placeholder="Luca’s, on Market Street"
        maxLength={300}
        value={where}
        onChange={(e) => setWhere(e.target.value)}
        error={fieldError(make.error, 'where')}
      />
      <TextField
        label="Home by"
        type="datetime-local"
        value={eta}
        onChange={(e) => setEta(e.target.value)}
        error={fieldError(make.error, 'etaAt')}
      />
      <Button type="submit" disabled={!what.trim() || !eta} busy={make.isPending}>
        Share the plan
      </Button>
      {formError(make.error, FIELDS) ? <Notice tone="error">{formError(make.error, FIELDS)}</Notice> : null}
      {make.isSuccess ? <Notice tone="success">Shared. {partnerName} can see it now.</Notice> : null}
    </form>
  );
}
