import { Link } from 'react-router';
import { Card } from '../../components/card';
import { CrisisLines } from '../../components/crisis-lines';
import { Page } from '../../components/page';
import './feelings.css';

/**
 * Someone to call, with no account and no network: the crisis lines that ship with Mend and the two calm tools.
 * It opens offline (the service worker precaches it) and is where the "could not load" screen points.
 */
export default function HelpPage() {
  return (
    <Page
      title="Someone to talk to"
      tabTitle="Help"
      lead={
        <p>
          You do not have to get through this minute alone. A phone call works even when Mend cannot load.
        </p>
      }
      audience="Nothing here is saved or sent. It works without a connection."
    >
      <CrisisLines />
      <Card title="For the next few minutes">
        <ul className="list">
          <li>
            <Link to="/breathe">Breathe</Link>: a slow rhythm to follow, with a longer breath out.
          </li>
          <li>
            <Link to="/ground">Ground</Link>: 5-4-3-2-1, back to what is around you.
          </li>
        </ul>
      </Card>
    </Page>
  );
}
