import type { ReactNode } from 'react';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { AllyCard } from './ally-card';
import { useGroundworkLive, useTransparency } from './api';
import { ItemCard } from './item-card';
import { OfferForm } from './offer-form';

export default function TransparencyPage() {
  useGroundworkLive();
  const me = useMe();
  const data = useTransparency();
  if (!me.data?.space || !data.data) return <Loading />;
  const repairing = me.data.space.role === 'repairing';
  // Every use of the name opens a sentence.
  const partnerName = me.data.space.partner?.displayName ?? 'Your partner';
  const ownAnswerNotYes =
    me.data.safety.feelsSafe !== 'yes' || me.data.safety.fearsControl || me.data.safety.fearsThreats;
  const page = (children: ReactNode) => (
    <Page
      title="Transparency"
      tabTitle="Groundwork"
      lead={
        <p>
          Openness offered freely, one item at a time, each with an end date, because it is meant to be
          temporary. Nothing is ever collected in secret.
        </p>
      }
      audience="You and your partner. Every item, and every pause, is visible to both of you."
    >
      {children}
    </Page>
  );
  if (!data.data.available) {
    return page(
      <Card title="Not turned on" tone="calm">
        <p>Transparency is not turned on in this space.</p>
        {/* Only the person's own answer is used here, never the partner's. */}
        {ownAnswerNotYes ? (
          <p className="small">
            Your private answer to the safety question keeps it off. You can look at it again in Settings.
          </p>
        ) : null}
      </Card>,
    );
  }
  const items = data.data.items;
  return page(
    <>
      {repairing ? (
        <Card title="Offer something">
          <OfferForm />
        </Card>
      ) : null}
      <Card title="Items">
        {items.length === 0 ? (
          <p>
            {repairing
              ? 'Nothing offered yet.'
              : 'Your partner has not offered anything yet. Only they can offer it.'}
          </p>
        ) : (
          <ul className="gw-entries">
            {items.map((i) => (
              <ItemCard key={i.id} item={i} partnerName={partnerName} />
            ))}
          </ul>
        )}
      </Card>
      <AllyCard ally={data.data.ally} repairing={repairing} partnerName={partnerName} />
    </>,
  );
}
