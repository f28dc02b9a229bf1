import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import {
  type PartnerView,
  type TransparencyItem,
  useGroundworkLive,
  usePartnerView,
  useTransparency,
} from './api';
import { KIND_LABEL, statusWords } from './words';

type Thing = PartnerView['things'][number];

const TYPE_LABEL: Record<Thing['type'], string> = {
  apology: 'Apology',
  letter: 'Letter',
  response: 'Your answer to an apology',
  disclosure: 'Disclosure',
  channel: 'No-contact channel',
  attempt: 'Contact attempt',
  transparency: 'Offered',
  ally: 'Ally',
  counselling: 'Counselling',
  disclosure_complete: 'Disclosure complete',
  no_contact_confirmed: 'No contact confirmed',
};

/** How one shared thing reads: its kind, its words, and, for a transparency item, where it stands now. */
function describe(t: Thing, items: TransparencyItem[]): { label: string; detail: string; status?: string } {
  const item = t.type === 'transparency' ? items.find((i) => i.id === t.id) : undefined;
  if (item)
    return { label: `Offered: ${KIND_LABEL[item.kind]}`, detail: t.detail, status: statusWords(item) };
  // A counselling session is shared as its time alone.
  if (t.type === 'counselling' && /^\d{4}-\d{2}-\d{2}T/.test(t.detail))
    return { label: 'Counselling session', detail: formatDateTime(t.detail) };
  return { label: TYPE_LABEL[t.type], detail: t.detail };
}

export default function SharedPage() {
  useGroundworkLive();
  const data = usePartnerView();
  // Only to name each transparency item and its state; the list itself comes from the partner view.
  const transparency = useTransparency();
  if (!data.data || transparency.isPending) return <Loading />;
  const { hasPartner, things } = data.data;
  const items = transparency.data?.items ?? [];
  return (
    <Page
      title="What my partner can see"
      tabTitle="Groundwork"
      lead={
        <p>
          Everything of yours from the groundwork that your partner can open right now: the disclosure,
          apologies, letters, no contact, transparency, the ally and counselling. Drafts are never on this
          list.
        </p>
      }
      audience="Only you see this list."
    >
      <Card>
        {!hasPartner ? <p>No partner has joined, so nobody else can see anything of yours.</p> : null}
        {hasPartner && things.length === 0 ? <p>Nothing of yours is shared yet.</p> : null}
        <ul className="gw-entries">
          {things.map((t) => {
            const shown = describe(t, items);
            return (
              <li key={`${t.type}-${t.id}`} className="entry">
                <p className="small">
                  {shown.label} · {formatDateTime(t.at)}
                </p>
                <p>{shown.detail}</p>
                {shown.status ? <p className="gw-status">{shown.status}</p> : null}
              </li>
            );
          })}
        </ul>
        <p className="small">
          Leaving the space, or the safety reset in Settings, takes all of it back at once. What you write
          under "How are you today?" and your feelings are listed in their own places.
        </p>
      </Card>
    </Page>
  );
}
