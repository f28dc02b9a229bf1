import { TRANSPARENCY_KINDS } from '@mend/domain/groundwork/transparency';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { todayIso } from '../../lib/format';
import { type TransparencyKind, useGroundworkWrite } from './api';
import { KIND_LABEL } from './words';

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Offering one item: what, in your own words, until when, and when you will both look at it again. */
export function OfferForm() {
  const today = todayIso();
  const [kind, setKind] = useState<TransparencyKind>('phone');
  const [description, setDescription] = useState('');
  const [endsOn, setEndsOn] = useState(addDays(today, 90));
  const [reviewOn, setReviewOn] = useState(addDays(today, 30));
  const offer = useGroundworkWrite('POST', '/api/transparency/items');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    offer.mutate({ kind, description, endsOn, reviewOn }, { onSuccess: () => setDescription('') });
  };
  const fields = ['kind', 'description', 'endsOn', 'reviewOn'];
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ChoiceGroup
        legend="What you offer"
        name="kind"
        inline
        choices={TRANSPARENCY_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
        value={kind}
        onChange={setKind}
      />
      <TextField
        label="In your words"
        hint="What your partner can see or ask for, and how. For example: “my phone, open whenever you ask”."
        maxLength={500}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError(offer.error, 'description')}
      />
      <div className="gw-two">
        <TextField
          label="Look at it again on"
          type="date"
          value={reviewOn}
          onChange={(e) => setReviewOn(e.target.value)}
          error={fieldError(offer.error, 'reviewOn')}
        />
        <TextField
          label="Ends on"
          type="date"
          value={endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
          error={fieldError(offer.error, 'endsOn')}
        />
      </div>
      {formError(offer.error, fields) ? <Notice tone="error">{formError(offer.error, fields)}</Notice> : null}
      <Button type="submit" busy={offer.isPending}>
        Offer this
      </Button>
    </form>
  );
}
