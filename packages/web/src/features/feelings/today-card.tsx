import { Link } from 'react-router';
import { Card } from '../../components/card';
import { useMe } from '../../lib/me';
import { PreAssuranceNotice } from './pre-assurance';
import { SelfCareReminder } from './self-care-reminder';
import { TriggeredPanel } from './triggered-panel';
import './feelings.css';

/** What the feelings feature shows on Today: "I'm triggered" in one tap, and the calming tools. */
export function FeelingsTodayCard() {
  const me = useMe();
  const partner = me.data?.space?.partner ?? null;
  return (
    <>
      <Card title="A hard moment?" tone="calm">
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
      {/* Below the card, so a notice never pushes "I'm triggered" off a small phone's first screen. */}
      <PreAssuranceNotice enabled={Boolean(partner)} partnerName={partner?.displayName ?? ''} />
      <SelfCareReminder />
    </>
  );
}
