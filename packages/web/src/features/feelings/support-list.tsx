import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { type SupportContact, useAddContact, useRemoveContact, useSupportContacts } from './api';

const KIND_WORDS: Record<SupportContact['kind'], string> = {
  friend: 'Friend',
  family: 'Family',
  therapist: 'My therapist',
  group: 'Support group',
  other: 'Other',
};

/** The people a person can turn to, with how to reach them. */
export function SupportList() {
  const contacts = useSupportContacts();
  const add = useAddContact();
  const remove = useRemoveContact();
  const [kind, setKind] = useState<SupportContact['kind']>('friend');
  const [name, setName] = useState('');
  const [how, setHow] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { kind, name: name.trim(), ...(how.trim() ? { how: how.trim() } : {}) },
      {
        onSuccess: () => {
          setName('');
          setHow('');
        },
      },
    );
  };
  return (
    <>
      {contacts.data?.length ? (
        <ul className="log">
          {contacts.data.map((c) => (
            <li key={c.id} className="log-entry">
              <span>
                <strong>{c.name}</strong> · {KIND_WORDS[c.kind]}
                {c.how ? ` · ${c.how}` : ''}
              </span>
              <button type="button" className="button button-quiet" onClick={() => remove.mutate(c.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Add a friend, someone in your family, or your own therapist: people you can call on a hard day.</p>
      )}
      <form className="form form-inline" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor="support-kind">
            Who they are
          </label>
          <select
            id="support-kind"
            className="field-input"
            value={kind}
            onChange={(e) => setKind(e.target.value as SupportContact['kind'])}
          >
            {Object.entries(KIND_WORDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Name"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(add.error, 'name')}
        />
        <TextField
          label="How to reach them"
          optional
          maxLength={200}
          value={how}
          onChange={(e) => setHow(e.target.value)}
          error={fieldError(add.error, 'how')}
        />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          Add to my list
        </Button>
        {formError(add.error, ['name', 'how']) ? (
          <Notice tone="error">{formError(add.error, ['name', 'how'])}</Notice>
        ) : null}
      </form>
    </>
  );
}
