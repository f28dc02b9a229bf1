import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { TextField } from '../../components/text-field';
import { fieldError } from '../../lib/api-client';
import { useGroundworkWrite } from './api';

type Ally = { name: string; contact: string; mine: boolean; authorName: string } | null;

/** The optional ally: someone the repairing partner names to receive accountability summaries instead. */
export function AllyCard({
  ally,
  repairing,
  partnerName,
}: {
  ally: Ally;
  repairing: boolean;
  partnerName: string;
}) {
  const [name, setName] = useState(ally?.name ?? '');
  const [contact, setContact] = useState(ally?.contact ?? '');
  const save = useGroundworkWrite('PUT', '/api/transparency/ally');
  const remove = useGroundworkWrite('DELETE', '/api/transparency/ally');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, contact });
  };
  return (
    <Card title="An ally (optional)">
      {repairing ? (
        <>
          <p>
            Raw reports can reopen the wound. A sponsor, a trusted friend or your counsellor can hold you
            accountable instead.
          </p>
          {/* True to what is built: the ally is recorded and shown to the partner; Mend sends them nothing. */}
          <p className="small">
            {partnerName} sees your ally’s name and how to reach them. Mend does not send your ally anything:
            you keep them up to date yourself.
          </p>
        </>
      ) : (
        <p>
          Raw reports can reopen the wound. {partnerName} can name a sponsor, a trusted friend or a counsellor
          to help hold them to account, so that it does not all rest on you. Mend sends the ally nothing;{' '}
          {partnerName} keeps them up to date.
        </p>
      )}
      {ally ? (
        <p>
          <strong>{ally.name}</strong> ({ally.contact}){ally.mine ? '' : `, named by ${ally.authorName}`}.
        </p>
      ) : !repairing ? (
        <p className="small">No ally has been named.</p>
      ) : null}
      {repairing ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label="Ally’s name"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(save.error, 'name')}
          />
          <TextField
            label="How to reach them"
            value={contact}
            maxLength={200}
            onChange={(e) => setContact(e.target.value)}
            error={fieldError(save.error, 'contact')}
          />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={save.isPending}>
              Save the ally
            </Button>
            {ally ? (
              <Button variant="quiet" onClick={() => remove.mutate(undefined)}>
                Remove
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </Card>
  );
}
