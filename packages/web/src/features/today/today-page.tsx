import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { DayCard } from './day-card';
import { PartnerCard } from './partner-card';
import { StatusCard } from './status-card';

/**
 * `first` and `cards` come from other features, composed by the app router (features never import
 * each other). `first` (the card for a hard moment) renders at once; the rest follows in a
 * transition, which React renders in short slices, so a tap on the first card is never stuck
 * behind the whole page being drawn on a slow phone.
 */
export default function TodayPage({ first, cards }: { first?: ReactNode; cards?: ReactNode }) {
  const me = useMe();
  const [showRest, setShowRest] = useState(false);
  useEffect(() => {
    startTransition(() => setShowRest(true));
  }, []);
  if (!me.data) return <Loading />;
  const { user, space } = me.data;
  return (
    <Page
      title="Today"
      lead={<p>Hello, {user.displayName}. Here is where things stand, and a place to say how you are.</p>}
    >
      {/* The day count is a line of where things stand, so it leads; while no date is set it is an optional
          form, and that waits below the card for a hard moment, which must be on the first screen of a phone. */}
      {space?.discoveredOn ? <DayCard space={space} /> : null}
      {first}
      {showRest ? (
        <>
          {space && !space.discoveredOn ? <DayCard space={space} /> : null}
          {cards}
          <PartnerCard space={space} />
          <StatusCard hasPartner={Boolean(space?.partner)} partnerName={space?.partner?.displayName} />
        </>
      ) : null}
    </Page>
  );
}
