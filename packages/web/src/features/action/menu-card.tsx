import type { MenuCost } from '@mend/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { type MenuItem, useActionWrite, useMenu } from './api';
import { count, MENU_HINTS } from './words';

const COSTS = [
  { value: 'low' as const, label: 'Small and everyday', hint: 'Easy to do often.' },
  { value: 'high' as const, label: 'Bigger', hint: 'Costs more, and says more.' },
];
const FIELDS = ['title', 'cost', 'note'];

function AddItemForm() {
  const [title, setTitle] = useState('');
  const [cost, setCost] = useState<MenuCost>('low');
  const [note, setNote] = useState('');
  const add = useActionWrite<object, { item: MenuItem }>('POST', '/api/menu');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { title, cost, ...(note.trim() ? { note } : {}) };
    void add.mutateAsync({ body }).then(
      () => {
        setTitle('');
        setNote('');
      },
      () => {},
    );
  };
  return (
    <form className="form act-form" onSubmit={submit} noValidate>
      <ChoiceGroup legend="What kind" name="cost" choices={COSTS} value={cost} onChange={setCost} inline />
      <TextField
        label="Something that would help you trust again"
        hint={MENU_HINTS[cost]}
        maxLength={300}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(add.error, 'title')}
      />
      <TextField
        label="Why it matters"
        optional
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError(add.error, 'note')}
      />
      <Button type="submit" disabled={!title.trim()} busy={add.isPending}>
        Add to my list
      </Button>
      {formError(add.error, FIELDS) ? <Notice tone="error">{formError(add.error, FIELDS)}</Notice> : null}
    </form>
  );
}

function Item({ item, onPromise }: { item: MenuItem; onPromise: ((item: MenuItem) => void) | null }) {
  const remove = useActionWrite('DELETE', (id) => `/api/menu/${id}`);
  return (
    <li className="entry">
      <p className="act-title">{item.title}</p>
      <p className="small">
        {item.cost === 'low' ? 'Small and everyday' : 'Bigger'}
        {item.promises > 0 ? ` · ${count(item.promises, 'promise')} made from it` : ''}
      </p>
      {item.note ? <p className="act-text">{item.note}</p> : null}
      <div className="actions">
        {onPromise ? (
          <Button variant="secondary" onClick={() => onPromise(item)}>
            Make this a promise
          </Button>
        ) : null}
        {item.mine ? (
          <Button
            variant="quiet"
            onClick={() => void remove.mutateAsync({ routeId: item.id }).catch(() => {})}
          >
            Take it off the list
          </Button>
        ) : null}
      </div>
      {formError(remove.error, []) ? <Notice tone="error">{formError(remove.error, [])}</Notice> : null}
    </li>
  );
}

/** The hurt partner's list of what would help; the repairing partner turns items into promises. */
export function MenuCard({
  role,
  partnerName,
  onPromise,
}: {
  role: 'hurt' | 'repairing';
  partnerName: string;
  onPromise: (item: MenuItem) => void;
}) {
  const menu = useMenu();
  const items = menu.data?.items ?? [];
  const writes = role === 'hurt';
  return (
    <Card title={writes ? 'What would help you' : `What would help ${partnerName}`}>
      <p>
        {writes
          ? `A list of things that would help you trust again, small and big. ${partnerName} sees it and can turn any of it into a promise.`
          : `${partnerName}’s list of what would help. Pick one and make it a promise you can keep.`}
      </p>
      {writes ? <AddItemForm /> : null}
      {menu.data && items.length === 0 ? (
        <p className="small">
          {writes ? 'Nothing on the list yet.' : `${partnerName} has not added anything yet.`}
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <h3 className="card-title">On the list</h3>
          <ul className="act-list" aria-label="The list">
            {items.map((item) => (
              <Item key={item.id} item={item} onPromise={writes ? null : onPromise} />
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
