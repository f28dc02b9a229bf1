import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';

/** The guided conversations, one tap from Talk. */
export function TalkToolsCard({ repairing }: { repairing: boolean }) {
  return (
    <Card title="Talk together, step by step">
      <ul className="talk-list">
        <li className="talk-question">
          <p>A check-in with steps, turns and a timer, on both your screens at once.</p>
          <ButtonLink to="/talk/check-in">Open our check-in</ButtonLink>
        </li>
        <li className="talk-question">
          <p>After a fight or a moment you regret: five steps, each of you writing your side.</p>
          <ButtonLink variant="secondary" to="/talk/repair">
            Repair a bad moment
          </ButtonLink>
        </li>
        {repairing ? (
          <li className="talk-question">
            <p>Private to you: a few questions on remorse and regret.</p>
            <ButtonLink variant="secondary" to="/talk/reflect">
              Reflect on your own
            </ButtonLink>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
