import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { DayCard } from './day-card';
import { PartnerCard } from './partner-card';
import { StatusCard } from './status-card';

export default function TodayPage() {
  const me = useMe();
  if (!me.data) return <Loading />;
  const { user, space } = me.data;
  return (
    <Page
      title="Today"
      lead={<p>Hello, {user.displayName}. Here is where things stand, and a place to say how you are.</p>}
    >
      {space ? <DayCard space={space} /> : null}
      <PartnerCard space={space} />
      <StatusCard hasPartner={Boolean(space?.partner)} partnerName={space?.partner?.displayName} />
    </Page>
  );
}
