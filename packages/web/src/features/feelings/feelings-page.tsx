import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { NotificationChoice } from './notification-choice';
import { TriggeredPanel } from './triggered-panel';
import './feelings.css';

const TOOLS = [
  {
    to: '/feelings/moods',
    title: 'Mood',
    text: 'How you are, as a number and a few words; private unless you share.',
  },
  {
    to: '/feelings/triggers',
    title: 'Trigger log',
    text: 'What set it off and what helped. Only you see it.',
  },
  {
    to: '/feelings/journal',
    title: 'Private journal',
    text: 'Locked with your passphrase. No one else can read it.',
  },
  {
    to: '/feelings/support',
    title: 'Support and self-care',
    text: 'Your people, crisis lines, and your plan.',
  },
  {
    to: '/feelings/dates',
    title: 'Hard dates',
    text: 'Days you know will be hard, so they can be planned for.',
  },
] as const;

/** Feelings: the tools for the worst minutes first, then the slower ones. */
export default function FeelingsPage() {
  const me = useMe();
  const partner = me.data?.space?.partner ?? null;
  return (
    <Page
      title="Feelings"
      lead={<p>Recovery comes in waves. These tools are for the hard minutes and the long days.</p>}
      audience="Only you, unless you choose to share something. Alerts go to your partner."
    >
      <Card title="Right now" tone="calm">
        <TriggeredPanel partnerName={partner?.displayName ?? null} />
        <div className="actions">
          <Link className="button button-secondary" to="/breathe">
            Breathe
          </Link>
          <Link className="button button-secondary" to="/ground">
            Ground: 5-4-3-2-1
          </Link>
        </div>
      </Card>
      <ul className="tool-list">
        {TOOLS.map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to} className="tool-link">
              <span className="tool-title">{tool.title}</span>
              <span className="small">{tool.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      {partner ? <NotificationChoice partnerName={partner.displayName} /> : null}
    </Page>
  );
}
