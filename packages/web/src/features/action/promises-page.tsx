import { useRef, useState } from 'react';
import { Card } from '../../components/card';
import { ActionShell, type People, partnerWord } from './action-shell';
import { type MenuItem, useCommitments } from './api';
import { GraceCard } from './grace-card';
import { MenuCard } from './menu-card';
import { PromiseForm } from './promise-form';
import { isOpen, PromiseItem } from './promise-item';

function PromiseList({ people }: { people: People }) {
  const list = useCommitments();
  const all = list.data?.commitments ?? [];
  const now = all.filter(isOpen);
  const past = all.filter((c) => !isOpen(c));
  const empty =
    people.role === 'repairing'
      ? 'No promises yet. Start with one small thing you are sure you can do.'
      : `When ${partnerWord(people)} makes a promise, it shows here with what became of it.`;
  return (
    <Card title="Promises">
      {list.isLoading ? <p>Loading…</p> : null}
      {list.data && all.length === 0 ? <p>{empty}</p> : null}
      {now.length > 0 ? (
        <ul className="act-list" aria-label="Promises under way">
          {now.map((c) => (
            <PromiseItem key={c.id} commitment={c} role={people.role} />
          ))}
        </ul>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3 className="card-title">Done, stopped or passed</h3>
          <ul className="act-list" aria-label="Earlier promises">
            {past.map((c) => (
              <PromiseItem key={c.id} commitment={c} role={people.role} />
            ))}
          </ul>
        </>
      ) : null}
      {people.role === 'hurt' && all.some((c) => c.outcomes.some((o) => !o.review)) ? (
        <p className="small">
          You can confirm what you saw, or dispute it. A dispute stays on the record as a dispute; nothing is
          overwritten.
        </p>
      ) : null}
    </Card>
  );
}

function Body({ people }: { people: People }) {
  const [fromMenu, setFromMenu] = useState<MenuItem | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const choose = (item: MenuItem) => {
    setFromMenu(item);
    formRef.current?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <>
      {people.role === 'repairing' ? (
        <div ref={formRef}>
          <Card title="Make a promise">
            <PromiseForm
              key={fromMenu?.id ?? 'blank'}
              partnerName={partnerWord(people)}
              fromMenu={fromMenu}
              onDone={() => setFromMenu(null)}
            />
          </Card>
        </div>
      ) : null}
      <PromiseList people={people} />
      <MenuCard role={people.role} partnerName={partnerWord(people)} onPromise={choose} />
      <GraceCard />
    </>
  );
}

/** Promises: small commitments with a time, what became of each, and the list of what would help. */
export default function PromisesPage() {
  return (
    <ActionShell
      title="Promises"
      lead={
        <p>
          Small promises, kept one at a time, become a record you can both see. Done, changed with notice,
          late or missed: each stays as it happened.
        </p>
      }
      audience="You and your partner. Promises, their history and the list are shared."
    >
      {(people) => <Body people={people} />}
    </ActionShell>
  );
}
