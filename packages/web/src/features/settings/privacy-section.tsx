import { Link } from 'react-router';
import { Card } from '../../components/card';

const rows = (partnerName: string | undefined): readonly [string, string][] => [
  ['Your email', 'Only you.'],
  ['Your name and role', partnerName ? `You and ${partnerName}.` : 'You, and your partner once they join.'],
  ['What you write under "How are you today?"', 'Only you, unless you choose to share it when you write it.'],
  ['Your safety answer', 'Only you. Never your partner.'],
  ['Who opened what you shared', 'Only you (see below).'],
];

export function PrivacySection({ partnerName }: { partnerName?: string | undefined }) {
  return (
    <>
      <Card title="Who can see what">
        <dl className="details">
          {rows(partnerName).map(([item, who]) => (
            <div key={item}>
              <dt>{item}</dt>
              <dd>{who}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="Your safety answer">
        <p>
          The private question from when you signed up. Only you can see your answer, and you can change it
          whenever things change.
        </p>
        <p>
          <Link to="/settings/question">Look at or change your answer</Link>
        </p>
      </Card>
      <Card title="Quick exit" tone="calm">
        <p>
          The Quick exit button at the top of every screen, or the <kbd>Esc</kbd> key, leaves Mend at once for
          an ordinary weather page, and clears what this tab was holding.
        </p>
        <p>
          It cannot erase your browser history, and it does not sign you out. If someone may look at this
          device, use a private (incognito) window and sign out when you are done.
        </p>
      </Card>
    </>
  );
}
