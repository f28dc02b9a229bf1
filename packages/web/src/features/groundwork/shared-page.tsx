import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import { type PartnerView, useGroundworkLive, usePartnerView } from './api';

const TYPE_LABEL: Record<PartnerView['things'][number]['type'], string> = {
  apology: 'Apology',
  letter: 'Letter',
  response: 'Your answer to an apology',
  disclosure: 'Disclosure',
  channel: 'No-contact channel',
  attempt: 'Contact attempt',
  transparency: 'Transparency item',
  ally: 'Ally',
  counselling: 'Counselling',
};

export default function SharedPage() {
  useGroundworkLive();
  const data = usePartnerView();
  if (!data.data) return <Loading />;
  const { hasPartner, things } = data.data;
  return (
    <Page
      title="What my partner can see"
      tabTitle="Groundwork"
      lead={
        <p>
          Everything of yours from the groundwork that your partner can open right now. Drafts are never on
          this list.
        </p>
      }
      audience="Only you see this list."
    >
      <Card>
        {!hasPartner ? <p>No partner has joined, so nobody else can see anything of yours.</p> : null}
        {hasPartner && things.length === 0 ? <p>Nothing of yours is shared yet.</p> : null}
        <ul className="gw-entries">
          {things.map((t) => (
            <li key={`${t.type}-${t.id}`} className="entry">
              <p className="small">
                {TYPE_LABEL[t.type]} · {formatDateTime(t.at)}
              </p>
              <p>{t.detail}</p>
            </li>
          ))}
        </ul>
        <p className="small">
          Leaving the space, or the safety reset in Settings, takes all of it back at once. Your own status
          line and feelings are listed in their own places.
        </p>
      </Card>
    </Page>
  );
}
