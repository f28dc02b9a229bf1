import type { ReactNode } from 'react';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { DayCard } from './day-card';
import { PartnerCard } from './partner-card';
import { StatusCard } from './status-card';

/** `cards` come from other features, composed by the app router (features never import each other). */
export default function TodayPage({ cards }: { cards?: ReactNode }) {
  const me = useMe();
  if (!me.data) return <Loading />;
  const { user, space } = me.data;
  return (
    <Page
      title="Today"
      lead={<p>Hello, {user.displayName}. Here is where things stand, and a place to say how you are.</p>}
    >
      {space ? <DayCard space={space} /> : null}
      {cards}
      <PartnerCard space={space} />
      <StatusCard hasPartner={Boolean(space?.partner)} partnerName={space?.partner?.displayName} />
    </Page>
  );
}
