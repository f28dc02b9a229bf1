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
      {/* The card for a hard moment leads, so "I'm triggered" is on the first screen of even a small phone; the
          day count (or, before there is a date, the optional form for it) follows. */}
      {first}
      {space ? <DayCard space={space} /> : null}
      {showRest ? (
        <>
          {cards}
          <PartnerCard space={space} />
          <StatusCard
            hasPartner={Boolean(space?.partner)}
            partnerName={space?.partner?.displayName}
            solo={!space}
          />
        </>
      ) : null}
    </Page>
  );
}
