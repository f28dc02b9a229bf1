import { Card } from '../../components/card';
import { ActionShell, type People, partnerWord } from './action-shell';
import { usePlans } from './api';
import { PlanForm } from './plan-form';
import { PlanItem } from './plan-item';

function Body({ people }: { people: People }) {
  const plans = usePlans();
  const all = plans.data?.plans ?? [];
  const open = all.filter((p) => p.status === 'open');
  const past = all.filter((p) => p.status !== 'open').slice(0, 10);
  return (
    <>
      {people.role === 'repairing' ? (
        <Card title="A new plan">
          <PlanForm partnerName={partnerWord(people)} />
        </Card>
      ) : null}
      <Card title="Open plans">
        {plans.isLoading ? <p>Loading…</p> : null}
        {plans.data && open.length === 0 ? (
          <p>
            {people.role === 'repairing'
              ? 'No open plan. When you go out, say where and when you will be home.'
              : `No open plan. When ${partnerWord(people)} shares one, it shows here and updates as it happens.`}
          </p>
        ) : null}
        {open.length > 0 ? (
          <ul className="act-list" aria-label="Open plans">
            {open.map((p) => (
              <PlanItem key={p.id} plan={p} role={people.role} />
            ))}
          </ul>
        ) : null}
      </Card>
      {past.length > 0 ? (
        <Card title="Recent plans">
          <ul className="act-list" aria-label="Recent plans">
            {past.map((p) => (
              <PlanItem key={p.id} plan={p} role={people.role} />
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

/** Plans: where you will be and when you will be home, with one-tap updates seen as they happen. */
export default function PlansPage() {
  return (
    <ActionShell
      title="Plans"
      lead={(people) =>
        people?.role === 'hurt' ? (
          <p>
            {people.partnerName ?? 'Your partner'}’s plans show here as they share and update them: where they
            will be, and when they will be home.
          </p>
        ) : (
          <p>
            Be where you say you will be. Share the plan before you go; a tap on the way keeps your partner
            from having to wonder. Saying you are late before the time counts as notice.
          </p>
        )
      }
      audience={(people) =>
        people?.role === 'hurt'
          ? 'You and your partner. Each update shows here as it is sent.'
          : 'You and your partner. Each update shows on their screen as you send it.'
      }
    >
      {(people) => <Body people={people} />}
    </ActionShell>
  );
}
