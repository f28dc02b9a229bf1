import { Card } from '../../components/card';
import { Page } from '../../components/page';

export type Section = 'talk' | 'promises' | 'feelings' | 'us';

const sections: Record<Section, { title: string; lead: string; body: string }> = {
  talk: {
    title: 'Talk',
    lead: 'A place for the conversations that are hard to have.',
    body: 'Soon you will be able to keep questions for a calmer moment, plan time-boxed talks, and get gentle help with wording. It is not here yet, and that is all right: talking in person still counts.',
  },
  promises: {
    title: 'Promises',
    lead: 'Small promises, kept one at a time.',
    body: 'Soon this is where promises and plans will live, so that keeping your word builds a record over weeks and months. Nothing to do here yet.',
  },
  feelings: {
    title: 'Feelings',
    lead: 'Room for what you feel, at your own pace.',
    body: 'Soon you will find a private place to note your mood, a place to note what set off a hard moment, and calming exercises that work even offline. Until then, be gentle with yourself.',
  },
  us: {
    title: 'Us',
    lead: 'For the good moments you build from here.',
    body: 'Soon this will hold date-night ideas, small traditions and memories worth keeping. It is waiting for when you are ready.',
  },
};

export default function ComingSoonPage({ section }: { section: Section }) {
  const { title, lead, body } = sections[section];
  return (
    <Page title={title} lead={lead}>
      <Card tone="calm">
        <p>{body}</p>
      </Card>
    </Page>
  );
}
