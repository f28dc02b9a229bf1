import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { useGroundworkLive, useHonesty } from './api';
import { HonestyCounter } from './honesty-counter';
import './groundwork.css';

const SECTIONS = [
  {
    to: '/groundwork/disclosure',
    title: 'The disclosure',
    repairing: 'Tell the whole truth, once.',
    hurt: 'Read what your partner has told you.',
  },
  {
    to: '/groundwork/apology',
    title: 'The apology',
    repairing: 'Write an apology that owns it, with a coach.',
    hurt: 'Read and answer your partner’s apology.',
  },
  {
    to: '/groundwork/letters',
    title: 'Letters',
    repairing: 'Your amends letter.',
    hurt: 'Your impact letter, sent only if you choose.',
  },
  {
    to: '/groundwork/no-contact',
    title: 'No contact',
    repairing: 'Close every channel, one by one.',
    hurt: 'See every channel that was closed.',
  },
  {
    to: '/groundwork/transparency',
    title: 'Transparency',
    repairing: 'Offer openness, item by item.',
    hurt: 'Accept what your partner offers.',
  },
  {
    to: '/groundwork/counselling',
    title: 'Counselling',
    repairing: 'Your counsellor and sessions.',
    hurt: 'Your counsellor and sessions.',
  },
  {
    to: '/groundwork/timeline',
    title: 'Timeline',
    repairing: 'Where the evidence says you are.',
    hurt: 'Where the evidence says you are.',
  },
  {
    to: '/groundwork/shared',
    title: 'What my partner can see',
    repairing: 'Every share of yours, in one list.',
    hurt: 'Every share of yours, in one list.',
  },
] as const;

export default function GroundworkPage() {
  useGroundworkLive();
  const me = useMe();
  const honesty = useHonesty();
  if (!me.data?.space || !honesty.data) return <Loading />;
  const role = me.data.space.role;
  return (
    <Page
      title="Groundwork"
      tabTitle="Groundwork"
      lead={
        role === 'repairing' ? (
          <p>
            The first weeks rest on you: own it fully, tell the truth once, end contact, and offer openness.
            Take one step at a time.
          </p>
        ) : (
          <p>
            What your partner is doing to stop the harm, in one place. You do not have to do anything here;
            read what you want, when you want.
          </p>
        )
      }
      audience="You and your partner, for what is sent. Drafts stay yours."
    >
      <Card title="Since the disclosure" tone="calm">
        <HonestyCounter honesty={honesty.data} />
      </Card>
      <ul className="gw-sections">
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <Link to={s.to} className="gw-section-link">
              <strong>{s.title}</strong>
              <span>{s[role]}</span>
              <span className="gw-chevron" aria-hidden="true">
                ›
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
